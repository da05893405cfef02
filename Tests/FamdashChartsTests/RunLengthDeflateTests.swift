import CZlib
import Testing
@testable import FamdashRaster

@Suite("famdash's deflate encoder")
struct RunLengthDeflateTests {
    /// Inflates with zlib, which also checks the Huffman codes and the Adler-32 checksum.
    func inflate(_ stream: [UInt8], expectedSize: Int) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: max(1, expectedSize))
        var size = uLongf(output.count)
        let status = uncompress(&output, &size, stream, uLong(stream.count))
        guard status == Z_OK else { return nil }
        return Array(output[0..<Int(size)])
    }

    func roundTrip(_ input: [UInt8]) -> [UInt8]? {
        let stream = input.withUnsafeBufferPointer { RunLengthDeflate.zlibStream($0) }
        return inflate(stream, expectedSize: input.count)
    }

    @Test("edge cases decode to their input", arguments: [
        [], [0], [7, 7], [1, 1, 1], [0, 0, 0, 0], Array(0...255), [UInt8](repeating: 0, count: 258),
        [UInt8](repeating: 9, count: 259), [UInt8](repeating: 0, count: 100_000), [5] + [UInt8](repeating: 5, count: 1000) + [6],
    ] as [[UInt8]])
    func edgeCases(input: [UInt8]) {
        #expect(roundTrip(input) == input)
    }

    @Test("random data with runs of every length decodes to itself; runs compress")
    func randomRuns() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for round in 0..<200 {
            var input: [UInt8] = []
            let pieces = Int(next() % 60)
            for _ in 0..<pieces {
                let byte = UInt8(truncatingIfNeeded: next() % (round % 2 == 0 ? 4 : 256))
                input += [UInt8](repeating: byte, count: Int(next() % 600) + 1)
            }
            #expect(roundTrip(input) == input, "round \(round)")
        }
        let flat = [UInt8](repeating: 0, count: 1_600_000)
        let stream = flat.withUnsafeBytes { _ in flat.withUnsafeBufferPointer { RunLengthDeflate.zlibStream($0) } }
        #expect(stream.count < 2_000, "a blank 1600 x 1000 image is a few hundred runs")
    }

    @Test("Adler-32 kept a run at a time equals zlib's, byte by byte", arguments: [0, 1, 3, 258, 5_552, 100_000])
    func adler(runLength: Int) {
        let input: [UInt8] = Array(0...255) + [UInt8](repeating: 255, count: runLength) + [7, 7, 7] + [UInt8](repeating: 0, count: runLength)
        var checksum = Adler32()
        for byte in input.prefix(256) { checksum.add(byte) }
        checksum.add(255, repeated: runLength)
        checksum.add(7, repeated: 3)
        checksum.add(0, repeated: runLength)
        #expect(checksum.value == UInt32(adler32(1, input, uInt(input.count))))
    }

    @Test("canonical codes follow RFC 1951's example (3.2.2)")
    func canonical() {
        // Lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010, 011, 100, 101, 110, 00, 1110, 1111.
        let codes = HuffmanLengths.canonicalCodes([3, 3, 3, 3, 3, 2, 4, 4])
        let expected: [(Int, Int)] = [(0b010, 3), (0b011, 3), (0b100, 3), (0b101, 3), (0b110, 3), (0b00, 2), (0b1110, 4), (0b1111, 4)]
        for (index, (code, length)) in expected.enumerated() {
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            #expect(Int(codes[index]) == reversed, "symbol \(index)")
        }
    }

    @Test("code lengths stay within the limit, and the code stays complete")
    func lengthLimit() {
        // Fibonacci frequencies make the deepest possible tree: 30 symbols, depth 29 unlimited.
        var frequencies = [1, 1]
        while frequencies.count < 30 { frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2]) }
        for limit in [15, 7] {
            let lengths = HuffmanLengths.make(frequencies, limit: limit)
            #expect(lengths.allSatisfy { $0 >= 1 && $0 <= UInt8(limit) })
            let kraft = lengths.reduce(0.0) { $0 + 1 / Double(1 << Int($1)) }
            #expect(kraft == 1, "a complete prefix code")
        }
        #expect(HuffmanLengths.make([0, 0, 5, 0], limit: 15).filter { $0 > 0 }.count == 2, "one symbol is padded to two")
    }
}
