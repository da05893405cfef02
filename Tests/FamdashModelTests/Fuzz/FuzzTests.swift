import Foundation
import Testing
@testable import FamdashModel

/// A seeded random mutator over real inputs: the CSV reader and the loaders must return
/// diagnostics, never crash or hang, whatever the bytes. The suite runs a short burst;
/// FAMDASH_FUZZ_SECONDS=1800 runs it for half an hour. TOML is fuzzed through the famdash
/// binary (TOMLFuzzTests), since TOMLKit's parser can stop the process it runs in;
/// FAMDASH_FUZZ_TOML_INPROCESS=1 parses it here too, to find such inputs.
@Suite("fuzzing the readers")
struct FuzzTests {
    struct Mutator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }

        static let interesting: [[UInt8]] = [
            [0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x82],
            [0x5C, 0x22], [0x3B], [0x09], Array("NA".utf8), Array("-1".utf8), Array("1e9".utf8), Array("99999999999999999999".utf8),
            Array("2013-02-30".utf8), Array("31/12/2013".utf8), Array("Y".utf8), Array("R".utf8), Array("[[measures]]\n".utf8),
            Array("key = \"".utf8), Array("min_count = -5\n".utf8), Array("\"\"".utf8),
        ]

        mutating func mutate(_ input: [UInt8]) -> [UInt8] {
            var bytes = input
            for _ in 0..<(1 + next(8)) {
                switch next(6) {
                case 0 where !bytes.isEmpty: bytes[next(bytes.count)] = UInt8(next(256))
                case 1: bytes.insert(contentsOf: Self.interesting[next(Self.interesting.count)], at: next(bytes.count + 1))
                case 2 where !bytes.isEmpty:
                    let start = next(bytes.count)
                    bytes.removeSubrange(start..<min(bytes.count, start + 1 + next(16)))
                case 3 where !bytes.isEmpty:
                    let start = next(bytes.count)
                    let piece = bytes[start..<min(bytes.count, start + 1 + next(64))]
                    bytes.insert(contentsOf: piece, at: next(bytes.count + 1))
                case 4: bytes = Array(bytes.prefix(next(bytes.count + 1)))
                default:
                    if !bytes.isEmpty { bytes[next(bytes.count)] = [0x22, 0x2C, 0x0A, 0x0D][next(4)] }
                }
            }
            return bytes
        }
    }

    static let families = Array("""
    family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency,level,rollout_group,identified_on,allocated_on,claimed_on
    F1,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,02/08/2013,
    F2,"Sinfin",yes,a,0,,not_to_be_allocated,,,,,,
    F3,,true,,FALSE,,yet_to_be_allocated,,low,,,,
    "F""4",Darley,Y,G,Y,A,allocated,"Police, North",medium,1,2013-07-02,2013-07-03,2013-09-01

    """.utf8)
    static let people = Array("family_id,age\nF1,34\nF1,12\nF2,\nF3,120\n\"F\"\"4\",7\n".utf8)
    static let toml = Array("""
    name = "Test"
    authority = "Testshire"
    [[measures]]
    key = "crime"
    label = "Crime"
    [[measures]]
    key = "school"
    label = "School"
    [disclosure]
    min_count = 5
    [[targets]]
    by = "2014-03-31"
    families = 400
    [finance]
    attachment_fee = 3200
    results_payment = 800

    """.utf8)

    static var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        areas.add(ward: "Sinfin", locality: "South")
        areas.add(ward: "Darley", locality: "North")
        return areas
    }

    /// One round: every reader on one mutated input. Returning at all is the property.
    static func round(_ mutator: inout Mutator) {
        let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime"), Measure(key: "school", label: "School")])
        let families = mutator.mutate(Self.families)
        let people = mutator.mutate(Self.people)
        _ = CSVParser.parse(families, file: "f.csv")
        _ = PeriodLoader.load(.init(families: families, familiesPath: "f.csv", people: people, peoplePath: "p.csv"),
                              name: PeriodName(year: 2013, quarter: 3), settings: settings, areas: Self.areas)
        _ = AreasLoader.load(mutator.mutate(Array("ward,locality,code\nAbbey,North,E1\nSinfin,South,\n".utf8)), file: "a.csv")
        let toml = mutator.mutate(Self.toml)
        if let text = String(validating: toml, as: UTF8.self), ProcessInfo.processInfo.environment["FAMDASH_FUZZ_TOML_INPROCESS"] == "1" {
            FileManager.default.createFile(atPath: NSTemporaryDirectory() + "famdash-fuzz-last.toml", contents: Data(toml))
            _ = SettingsLoader.load(text, file: "programme.toml")
        }
    }

    @Test("mutated CSV and TOML never crash a reader")
    func fuzz() {
        let seconds = ProcessInfo.processInfo.environment["FAMDASH_FUZZ_SECONDS"].flatMap(Double.init) ?? 0
        var mutator = Mutator(state: 0x9E37_79B9_7F4A_7C15)
        let deadline = Date().addingTimeInterval(seconds)
        var rounds = 0
        repeat {
            for _ in 0..<500 { Self.round(&mutator) }
            rounds += 500
        } while Date() < deadline
        if seconds > 0 { print("fuzz: \(rounds) rounds in \(Int(seconds)) s, no crash") }
        #expect(rounds >= 500)
    }
}
