import Testing
@testable import FamdashModel

@Suite("content digests for the build manifest")
struct ContentHashTests {
    // Expected values from the reference implementation (python-xxhash 3.5.0, xxh64).
    @Test("XXH64 matches the reference implementation", arguments: [
        ("", 0, "ef46db3751d8e999"), ("a", 0, "d24ec4f1a98c6e5b"), ("abc", 0, "44bc2cf5ad770999"),
        ("Nobody inspects the spammish repetition", 0, "fbcea83c8a378bf1"),
        ("", 0x6661_6D64_6173_6821, "ac5accdd54ff0a32"), ("abc", 0x6661_6D64_6173_6821, "ade07d04e5236ef7"),
    ] as [(String, UInt64, String)])
    func reference(text: String, seed: UInt64, expected: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { ContentHash.hex(ContentHash.xxh64($0, seed: seed)) } == expected)
    }

    @Test("a long input exercises every branch: four lanes, 8-byte words, a 4-byte word, single bytes")
    func longInput() {
        let bytes = Array(repeating: Array(0...255 as ClosedRange<UInt8>), count: 3).flatMap { $0 } + Array("xyz".utf8)
        #expect(ContentHash.digest(bytes) == "e921a1b45bd779f8" + "6c57633232b5c3b5")
    }

    @Test("combining is unambiguous about where parts end")
    func combine() {
        #expect(ContentHash.combine(["ab", "c"]) != ContentHash.combine(["a", "bc"]))
        #expect(ContentHash.combine(["ab", "c"]) == ContentHash.combine(["ab", "c"]))
        #expect(ContentHash.combine([]).count == 32)
    }
}
