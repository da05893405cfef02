/// A zlib stream (RFC 1950) holding one deflate block (RFC 1951) with only distance-1 matches:
/// runs of a repeated byte, coded with Huffman codes built for the data. That is what a chart's
/// filtered rows are (with the PNG "Up" filter every pixel equal to the one above is a zero);
/// long zero runs are found eight bytes at a time, so this is faster than zlib's own
/// run-length mode for the same size (README, "PNG drawing and compression").
enum RunLengthDeflate {
    static func zlibStream(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var checksum = Adler32()
        let tokens = tokenize(input, checksum: &checksum)
        var literalFrequencies = [Int](repeating: 0, count: 286)
        for token in tokens { literalFrequencies[Int(token & 0xFFFF)] += 1 }
        literalFrequencies[256] += 1  // end of block
        let literalLengths = HuffmanLengths.make(literalFrequencies, limit: 15)
        let literalCodes = HuffmanLengths.canonicalCodes(literalLengths)

        var writer = BitWriter(capacity: input.count / 4 + 1024)
        writer.output.append(contentsOf: [0x78, 0x01])  // deflate, 32 KB window, no dictionary
        writer.write(0b101, count: 3)  // final block, dynamic Huffman codes
        writeCodeLengths(literalLengths, to: &writer)
        for token in tokens {
            let symbol = Int(token & 0xFFFF)
            let code = literalCodes[symbol]
            if symbol < 256 {
                writer.write(UInt32(code), count: Int(literalLengths[symbol]))
            } else {
                let extraBits = Int(token >> 16 & 0xFF), extra = UInt32(token >> 24)
                writer.write(UInt32(code) | extra << UInt32(literalLengths[symbol]), count: Int(literalLengths[symbol]) + extraBits)
                writer.write(0, count: 1)  // distance 1: the only distance code, one bit long
            }
        }
        writer.write(UInt32(literalCodes[256]), count: Int(literalLengths[256]))
        writer.flush()
        let adler = checksum.value
        writer.output.append(contentsOf: [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)])
        return writer.output
    }

    /// Literals and runs: each token is symbol | extra bits count << 16 | extra value << 24.
    /// The Adler-32 checksum is kept along the way, a run at a time.
    static func tokenize(_ input: UnsafeBufferPointer<UInt8>, checksum: inout Adler32) -> [UInt32] {
        var tokens: [UInt32] = []
        guard let base = input.baseAddress else { return tokens }
        let count = input.count
        tokens.reserveCapacity(count / 16)
        var index = 0
        while index < count {
            let byte = base[index]
            if index > 0 && base[index - 1] == byte {
                let run = runLength(base, from: index, count: count, byte: byte)
                if run >= 3 {
                    let length = LengthCodes.table[run]
                    tokens.append(UInt32(length.symbol) | UInt32(length.extraBits) << 16 | UInt32(length.extra) << 24)
                    checksum.add(byte, repeated: run)
                    index += run
                    continue
                }
            }
            tokens.append(UInt32(byte))
            checksum.add(byte)
            index += 1
        }
        return tokens
    }

    /// How many bytes from `start` equal `byte`, at most 258 (deflate's longest match).
    private static func runLength(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, byte: UInt8) -> Int {
        let limit = min(count, start + 258)
        var index = start
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while index + 8 <= limit {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let difference = word ^ pattern
            if difference != 0 { return index - start + difference.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < limit && base[index] == byte { index += 1 }
        return index - start
    }

    /// The block header after BTYPE: HLIT, HDIST, HCLEN, the code-length code, then the
    /// literal/length and distance code lengths, run-length coded (RFC 1951, 3.2.7).
    private static func writeCodeLengths(_ literalLengths: [UInt8], to writer: inout BitWriter) {
        var literalCount = 286
        while literalCount > 257 && literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        // One distance code (distance 1), one bit long; unused, it still needs a length.
        let lengths = Array(literalLengths[0..<literalCount]) + [1]

        // Run-length code the lengths: 16 repeats the previous 3-6 times, 17 and 18 repeat zero.
        var items: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == value { run += 1 }
            var left = run
            if value == 0 {
                while left >= 11 { let take = min(left, 138); items.append((18, take - 11, 7)); left -= take }
                if left >= 3 { items.append((17, left - 3, 3)); left = 0 }
                while left > 0 { items.append((0, 0, 0)); left -= 1 }
            } else {
                items.append((Int(value), 0, 0))
                left -= 1
                while left >= 3 { let take = min(left, 6); items.append((16, take - 3, 2)); left -= take }
                while left > 0 { items.append((Int(value), 0, 0)); left -= 1 }
            }
            index += run
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for item in items { frequencies[item.symbol] += 1 }
        let codeLengthLengths = HuffmanLengths.make(frequencies, limit: 7)
        let codeLengthCodes = HuffmanLengths.canonicalCodes(codeLengthLengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengthCount = 19
        while codeLengthCount > 4 && codeLengthLengths[order[codeLengthCount - 1]] == 0 { codeLengthCount -= 1 }

        writer.write(UInt32(literalCount - 257), count: 5)
        writer.write(0, count: 5)  // HDIST: one distance code
        writer.write(UInt32(codeLengthCount - 4), count: 4)
        for position in 0..<codeLengthCount { writer.write(UInt32(codeLengthLengths[order[position]]), count: 3) }
        for item in items {
            writer.write(UInt32(codeLengthCodes[item.symbol]), count: Int(codeLengthLengths[item.symbol]))
            if item.extraBits > 0 { writer.write(UInt32(item.extra), count: item.extraBits) }
        }
    }
}

/// Adler-32 (RFC 1950), updated a byte or a run of one byte at a time: a run of n bytes v adds
/// n * v to the first sum and n * a + v * n(n + 1) / 2 to the second, so the long zero runs of a
/// chart cost one step each instead of one per byte.
struct Adler32 {
    private static let modulus: UInt64 = 65_521
    private var low: UInt64 = 1
    private var high: UInt64 = 0

    var value: UInt32 { UInt32(high << 16 | low) }

    mutating func add(_ byte: UInt8) {
        low = (low + UInt64(byte)) % Self.modulus
        high = (high + low) % Self.modulus
    }

    mutating func add(_ byte: UInt8, repeated count: Int) {
        let n = UInt64(count), v = UInt64(byte)
        high = (high + n * low + v * (n * (n + 1) / 2)) % Self.modulus
        low = (low + n * v) % Self.modulus
    }
}

/// Writes deflate's bit stream: least significant bit first (codes come bit-reversed).
private struct BitWriter {
    var output: [UInt8]
    private var bits: UInt64 = 0
    private var bitCount = 0

    init(capacity: Int) {
        output = []
        output.reserveCapacity(capacity)
    }

    mutating func write(_ value: UInt32, count: Int) {
        bits |= UInt64(value) << UInt64(bitCount)
        bitCount += count
        if bitCount >= 32 {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: bits).littleEndian) { output.append(contentsOf: $0) }
            bits >>= 32
            bitCount -= 32
        }
    }

    mutating func flush() {
        while bitCount > 0 {
            output.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            bitCount = max(0, bitCount - 8)
        }
        bits = 0
    }
}

/// Match lengths 3...258 as deflate symbols 257...285 with extra bits (RFC 1951, 3.2.5).
enum LengthCodes {
    struct Length { var symbol: UInt16; var extra: UInt16; var extraBits: UInt8 }

    static let table: [Length] = {
        // (first symbol, first length, extra bits, number of symbols) per group.
        let groups: [(Int, Int, Int, Int)] = [(257, 3, 0, 8), (265, 11, 1, 4), (269, 19, 2, 4), (273, 35, 3, 4),
                                              (277, 67, 4, 4), (281, 131, 5, 4)]
        var table = [Length](repeating: Length(symbol: 0, extra: 0, extraBits: 0), count: 259)
        for (firstSymbol, firstLength, extraBits, symbols) in groups {
            for offset in 0..<symbols {
                let base = firstLength + offset << extraBits
                for extra in 0..<(1 << extraBits) where base + extra <= 257 {
                    table[base + extra] = Length(symbol: UInt16(firstSymbol + offset), extra: UInt16(extra), extraBits: UInt8(extraBits))
                }
            }
        }
        table[258] = Length(symbol: 285, extra: 0, extraBits: 0)
        return table
    }()
}

/// Huffman code lengths from symbol frequencies, at most `limit` bits, and canonical codes.
enum HuffmanLengths {
    /// Lengths for every symbol (0 for unused ones). Ties are broken by symbol, so the result
    /// is deterministic. Over the limit, frequencies are halved (keeping used symbols at least
    /// 1) and the code rebuilt: rare in practice, and it always ends.
    static func make(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var weights = frequencies
        var used = weights.indices.filter { weights[$0] > 0 }
        // A Huffman code needs two symbols; pad with the lowest unused ones.
        var padding = 0
        while used.count < 2 {
            if weights[padding] == 0 { weights[padding] = 1; used.append(padding); used.sort() }
            padding += 1
        }
        while true {
            let lengths = depths(weights, used: used)
            if lengths.max() ?? 0 <= UInt8(limit) { return lengths }
            for symbol in used { weights[symbol] = max(1, weights[symbol] / 2) }
        }
    }

    private static func depths(_ weights: [Int], used: [Int]) -> [UInt8] {
        // Nodes: leaves first (by symbol), then internal ones; parent links give depths.
        var nodeWeight = used.map { weights[$0] }
        var parent = [Int](repeating: -1, count: used.count * 2)
        var queue = Array(0..<used.count).sorted { (nodeWeight[$0], $0) < (nodeWeight[$1], $1) }
        var merged: [Int] = []
        var queueHead = 0, mergedHead = 0
        func takeLightest() -> Int {
            if mergedHead < merged.count && (queueHead >= queue.count || nodeWeight[merged[mergedHead]] < nodeWeight[queue[queueHead]]) {
                mergedHead += 1
                return merged[mergedHead - 1]
            }
            queueHead += 1
            return queue[queueHead - 1]
        }
        // Two sorted queues (leaves, then merged nodes in order of creation): linear after sorting.
        while (queue.count - queueHead) + (merged.count - mergedHead) > 1 {
            let first = takeLightest(), second = takeLightest()
            let node = nodeWeight.count
            nodeWeight.append(nodeWeight[first] + nodeWeight[second])
            parent[first] = node
            parent[second] = node
            merged.append(node)
        }
        var lengths = [UInt8](repeating: 0, count: weights.count)
        var depth = [Int](repeating: 0, count: nodeWeight.count)
        for node in stride(from: nodeWeight.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        for (leaf, symbol) in used.enumerated() { lengths[symbol] = UInt8(depth[leaf]) }
        return lengths
    }

    /// Canonical codes (RFC 1951, 3.2.2), bit-reversed for a least-significant-first writer.
    static func canonicalCodes(_ lengths: [UInt8]) -> [UInt16] {
        let maxLength = Int(lengths.max() ?? 0)
        var lengthCount = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 { lengthCount[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: maxLength + 2)
        var code = 0
        if maxLength >= 1 {
            for bits in 1...maxLength {
                code = (code + lengthCount[bits - 1]) << 1
                next[bits] = code
            }
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for symbol in lengths.indices where lengths[symbol] > 0 {
            let length = Int(lengths[symbol])
            let value = next[length]
            next[length] += 1
            var reversed = 0
            for bit in 0..<length where value & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            codes[symbol] = UInt16(reversed)
        }
        return codes
    }
}
