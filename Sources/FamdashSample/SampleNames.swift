/// Invented but plausible English ward and locality names.
enum SampleNames {
    static let stems = [
        "Abbey", "Ashby", "Beech", "Brook", "Castle", "Chapel", "Church", "Clay", "Darley", "Elm",
        "Fair", "Field", "Glen", "Green", "Hall", "Heath", "Hill", "Holme", "Kings", "Lark",
        "Long", "Mill", "Moor", "Nether", "Oak", "Park", "Priory", "Queens", "Raven", "Rose",
        "Stone", "Swan", "Thorn", "Wood", "Well", "Willow", "Marsh", "Bramble", "Cole", "Fern",
    ]
    static let endings = [
        "field", "ton", "ley", "bury", "croft", "dale", "gate", "ham", "hurst", "mead",
        "over", "side", "stow", "wick", "worth", "borough", "combe", "ford", "holt", "lands",
    ]
    static let qualifiers = ["", " North", " South", " East", " West", " Central", " Park", " Village", " Common", " Vale"]

    /// `count` distinct ward names, deterministic. Long names on purpose now and then.
    static func wards(_ count: Int) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        var index = 0
        while names.count < count {
            let stem = stems[index % stems.count]
            let ending = endings[(index / stems.count + index * 7) % endings.count]
            let qualifier = qualifiers[(index / (stems.count * endings.count)) % qualifiers.count]
            var name = stem + ending + qualifier
            if index == 5 { name = "St Mary's and " + name }
            if seen.insert(name).inserted { names.append(name) }
            index += 1
            if index > count * 50 + 1000 { name = "Ward \(names.count + 1)"; names.append(name); seen.insert(name) }
        }
        return names
    }

    static let localityNames = ["North", "South", "East", "West", "Central", "Riverside", "Outer", "Inner"]

    static func localities(_ count: Int) -> [String] {
        (0..<count).map { index in
            index < localityNames.count ? localityNames[index] + " locality" : "Locality \(index + 1)"
        }
    }

    static let agencies = ["Early Help", "EWS", "FIP", "Housing", "Police", "Social Care", "Voluntary sector", "Youth Offending", "Health"]
}
