import Foundation
import Testing
@testable import FamdashSite

@Suite("build manifest")
struct BuildManifestTests {
    let sources = [(period: "2013-Q1", digest: "d1"), (period: "2013-Q2", digest: "d2"), (period: "2013-Q3", digest: "d3")]

    @Test("adding a quarter changes only the key of the one before (its next-quarter link, its latest-release notice); changing one changes it and every later key")
    func chaining() {
        let three = BuildManifest(version: "1", inputs: "i", sources: sources)
        let four = BuildManifest(version: "1", inputs: "i", sources: sources + [(period: "2013-Q4", digest: "d4")])
        #expect(Array(four.periods.prefix(2)) == Array(three.periods.prefix(2)))
        #expect(four.periods[2].key != three.periods[2].key, "2013-Q3's pages stop saying they are the latest release")
        var changed = sources
        changed[1].digest = "other"
        let edited = BuildManifest(version: "1", inputs: "i", sources: changed)
        #expect(edited.periods[0] == three.periods[0])
        #expect(edited.periods[1].key != three.periods[1].key)
        #expect(edited.periods[2].key != three.periods[2].key, "later quarters show trends and movement from earlier ones")
        let otherInputs = BuildManifest(version: "1", inputs: "j", sources: sources)
        #expect(zip(otherInputs.periods, three.periods).allSatisfy { $0.key != $1.key })
    }

    @Test("written as JSON and read back; a damaged manifest reads as none")
    func roundTrip() throws {
        let manifest = BuildManifest(version: "0.1.0", inputs: "abc\"\\", sources: sources, published: ["2013-Q2": "2013-08-01"])
        #expect(BuildManifest.parse(Data(manifest.json.utf8)) == manifest)
        #expect(manifest.published("2013-Q2") == "2013-08-01" && manifest.published("2013-Q1") == nil)
        let object = try JSONSerialization.jsonObject(with: Data(manifest.json.utf8)) as? [String: Any]
        #expect((object?["periods"] as? [Any])?.count == 3)
        #expect(BuildManifest.parse(Data("{\"famdash\": 1".utf8)) == nil)
        #expect(BuildManifest.parse(Data()) == nil)
        let empty = BuildManifest(version: "0.1.0", inputs: "x", sources: [])
        #expect(BuildManifest.parse(Data(empty.json.utf8)) == empty)
    }
}
