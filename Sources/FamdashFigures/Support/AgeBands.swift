/// The closed 10-year bands of DATA.md: 0-10, 11-20, ..., 81-90, 91+ (91 to 120).
public enum AgeBands {
    public static let count = 10

    public static func label(_ band: Int) -> String {
        switch band {
        case 0: "0-10"
        case count - 1: "91+"
        default: "\(band * 10 + 1)-\(band * 10 + 10)"
        }
    }

    public static func ages(_ band: Int) -> ClosedRange<Int> {
        switch band {
        case 0: 0...10
        case count - 1: 91...120
        default: (band * 10 + 1)...(band * 10 + 10)
        }
    }

    public static func band(ofAge age: Int) -> Int {
        age <= 10 ? 0 : min(count - 1, (age - 1) / 10)
    }
}
