import Foundation
import Testing

/// programme.toml, mutated at random, through the real command: famdash must always answer
/// with exit status 0 or 1, never die on a signal (TOMLKit's parser asserts on some inputs;
/// famdash parses in a child process first). FAMDASH_FUZZ_SECONDS runs it longer.
@Suite("fuzzing programme.toml through famdash")
struct TOMLFuzzTests {
    @Test("mutated programme.toml never crashes famdash")
    func fuzz() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let base = Array(ProgrammeFixture.toml.utf8) + Array("[[targets]]\nby = \"2014-03-31\"\nfamilies = 400\n[finance]\nattachment_fee = 3200\nresults_payment = 800\n".utf8)
        let tokens: [[UInt8]] = ["[", "]", "[[", "=", "\"", "'", ".", "{", "}", ",", "\n", "#", "-5", "1e", "key = ", "= \n", "\"\"\"", "[a.", "x = [1,"].map { Array($0.utf8) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }
        let seconds = ProcessInfo.processInfo.environment["FAMDASH_FUZZ_SECONDS"].flatMap(Double.init) ?? 0
        let deadline = Date().addingTimeInterval(seconds)
        var rounds = 0
        repeat {
            var bytes = base
            for _ in 0..<(1 + next(4)) {
                let position = next(bytes.count + 1)
                if next(3) == 0 && !bytes.isEmpty {
                    bytes.removeSubrange(position..<min(bytes.count, position + 1 + next(6)))
                } else {
                    bytes.insert(contentsOf: tokens[next(tokens.count)], at: position)
                }
            }
            try fixture.write("programme.toml", Data(bytes))
            let result = try FamdashProcess.run(["validate", "--data", fixture.data])
            #expect(result.status == 0 || result.status == 1, "round \(rounds): status \(result.status) for:\n\(String(decoding: bytes, as: UTF8.self))")
            if result.status == 1 {
                #expect(result.stderr.contains(": error: "), "round \(rounds): no error line")
            }
            rounds += 1
        } while rounds < 40 || Date() < deadline
        if seconds > 0 { print("toml fuzz: \(rounds) rounds through famdash, no crash") }
    }
}
