import FamdashModel
import Foundation

/// What a site was built from, kept in the site as `.famdash-manifest.json` so the next build
/// can reuse every quarter whose inputs are unchanged. A quarter's pages and charts depend on
/// the settings, areas, assets, famdash itself and the generated-on date (`inputs`), on its own
/// files and on every earlier quarter's (trends, movement); of later quarters, only on whether
/// there is a next one (the quarter switcher's "next quarter" link, and the latest quarter's
/// pages say it is the latest release). So its key chains the digests of all quarters up to it
/// and the name of the next: adding a quarter changes the key of the quarter before it and no
/// other. It also records the day each quarter was first published, the default published date.
public struct BuildManifest: Equatable, Sendable {
    public static let fileName = ".famdash-manifest.json"

    public struct Entry: Equatable, Sendable {
        public var period: String
        public var key: String
        /// YYYY-MM-DD: the day of the first build that published the quarter.
        public var published: String?
    }

    public var version: String
    /// Digest of everything every page depends on.
    public var inputs: String
    public var periods: [Entry]

    /// `sources` are the periods' own input digests, in period order.
    /// `published`: each quarter's first published day, by period.
    public init(version: String, inputs: String, sources: [(period: String, digest: String)], published: [String: String] = [:]) {
        self.version = version
        self.inputs = inputs
        var chain = inputs
        periods = sources.enumerated().map { index, source in
            chain = ContentHash.combine([chain, source.period, source.digest])
            let next = index + 1 < sources.count ? sources[index + 1].period : ""
            return Entry(period: source.period, key: ContentHash.combine([chain, "next", next]), published: published[source.period])
        }
        if let last = periods.indices.last { periods[last].key = ContentHash.combine([periods[last].key, "latest"]) }
    }

    init(version: String, inputs: String, periods: [Entry]) {
        self.version = version
        self.inputs = inputs
        self.periods = periods
    }

    public func key(of period: String) -> String? {
        periods.first { $0.period == period }?.key
    }

    public func published(_ period: String) -> String? {
        periods.first { $0.period == period }?.published
    }

    public var json: String {
        var text = "{\n  \"famdash\": \(SummaryJSON.quoted(version)),\n  \"inputs\": \(SummaryJSON.quoted(inputs)),\n  \"periods\": ["
        text += periods.map { entry in
            "\n    {\"period\": \(SummaryJSON.quoted(entry.period)), \"key\": \(SummaryJSON.quoted(entry.key))"
                + (entry.published.map { ", \"published\": \(SummaryJSON.quoted($0))" } ?? "") + "}"
        }.joined(separator: ",")
        text += periods.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    /// The manifest of a built site, or nil when there is none or it cannot be read (then
    /// everything is rebuilt: a damaged manifest can only cost time).
    public static func read(site: String) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: site + "/" + fileName) else { return nil }
        return parse(data)
    }

    static func parse(_ data: Data) -> BuildManifest? {
        struct Stored: Decodable {
            struct Period: Decodable { var period: String; var key: String; var published: String? }
            var famdash: String
            var inputs: String
            var periods: [Period]
        }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data) else { return nil }
        return BuildManifest(version: stored.famdash, inputs: stored.inputs,
                             periods: stored.periods.map { Entry(period: $0.period, key: $0.key, published: $0.published) })
    }
}
