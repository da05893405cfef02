/// Safe, permanent file names for names from the data: lower-case ASCII letters, digits and
/// hyphens, never empty, never a Windows device name, at most 60 characters. Names that map to
/// the same slug get -2, -3, ... in the order given, so the result is deterministic.
public enum Slug {
    static let reserved = Set(["con", "prn", "aux", "nul", "index", "archive"] + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    public static func base(_ name: String) -> String {
        var slug = ""
        var lastWasHyphen = true
        for scalar in name.unicodeScalars {
            let lowered = scalar.properties.lowercaseMapping
            if lowered.unicodeScalars.count == 1, let only = lowered.unicodeScalars.first,
               (only >= "a" && only <= "z") || (only >= "0" && only <= "9") {
                slug.unicodeScalars.append(only)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                slug += "-"
                lastWasHyphen = true
            }
            if slug.count >= 60 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "name" }
        if reserved.contains(slug) { slug += "-area" }
        return slug
    }

    /// One distinct slug per name, in order.
    public static func distinct(_ names: [String]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        for name in names {
            let base = base(name)
            var slug = base
            var counter = 2
            while used.contains(slug) {
                slug = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(slug)
            result.append(slug)
        }
        return result
    }
}
