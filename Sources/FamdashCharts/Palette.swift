/// Colours in the manner of GOV.UK and ONS charts. RAG colours differ in lightness as well as
/// hue (dark red, light amber, mid green, pale grey) so they stay apart for colour-blind
/// readers and in greyscale print; every RAG segment also carries its letter.
public enum Palette {
    public static let text = Color(0x0B0C0C)
    public static let secondaryText = Color(0x505A5F)
    public static let axis = Color(0x6F777B)
    public static let grid = Color(0xDDDFE0)
    public static let background = Color(0xFFFFFF)
    public static let hatchBackground = Color(0xF3F2F1)
    public static let hatchLine = Color(0x6F777B)

    public static let primary = Color(0x12436D)
    public static let secondary = Color(0x28A197)
    public static let tertiary = Color(0xF46A25)
    public static let quaternary = Color(0x801650)

    public static let red = Color(0xA8201A)
    public static let amber = Color(0xF4B942)
    public static let green = Color(0x2E8B57)
    public static let notAssessed = Color(0xE6E8E9)

    /// Compared with the authority: dark blue, pale grey, orange (apart in lightness too);
    /// charts and pages always add the word.
    public static let better = Color(0x12436D)
    public static let similar = Color(0xBFC1C3)
    public static let worse = Color(0xF46A25)

    public static let series = [primary, secondary, tertiary, quaternary]
}
