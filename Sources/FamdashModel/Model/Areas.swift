/// The wards of `areas.csv` in file order, each in one locality.
public struct Areas: Sendable, Equatable {
    public struct Ward: Sendable, Equatable {
        public var name: String
        public var locality: Int
        public var code: String?
        public init(name: String, locality: Int, code: String? = nil) {
            self.name = name
            self.locality = locality
            self.code = code
        }
    }

    public private(set) var wards: [Ward] = []
    /// Localities in order of first appearance.
    public private(set) var localities: [String] = []
    private var wardByKey: [String: Int] = [:]
    private var localityByName: [String: Int] = [:]

    public init() {}

    /// Case and surrounding spaces do not distinguish wards (DATA.md).
    static func key(_ name: some StringProtocol) -> String {
        String(name).trimmingSpaces().lowercased()
    }

    public func wardIndex(named name: some StringProtocol) -> Int? {
        wardByKey[Self.key(name)]
    }

    /// Localities follow the wards' rule: case and surrounding spaces do not distinguish them,
    /// and the first spelling in areas.csv is the one published.
    public func localityIndex(named name: String) -> Int? { localityByName[Self.key(name)] }

    /// Adds a ward; returns the index of an existing ward of that name instead, if any.
    @discardableResult
    public mutating func add(ward name: String, locality: String, code: String? = nil) -> (index: Int, inserted: Bool) {
        if let existing = wardIndex(named: name) { return (existing, false) }
        let localityIndex: Int
        if let known = localityByName[Self.key(locality)] {
            localityIndex = known
        } else {
            localityIndex = localities.count
            localities.append(locality)
            localityByName[Self.key(locality)] = localityIndex
        }
        wards.append(Ward(name: name, locality: localityIndex, code: code))
        wardByKey[Self.key(name)] = wards.count - 1
        return (wards.count - 1, true)
    }

    public static func == (lhs: Areas, rhs: Areas) -> Bool {
        lhs.wards == rhs.wards && lhs.localities == rhs.localities
    }
}
