/// Finds the first reason a file cannot be read as UTF-8 text, naming its line: spreadsheets
/// still save UTF-16 ("Unicode text") and Windows-1252 ("CSV", not "CSV UTF-8").
enum EncodingCheck {
    struct Problem { var line: Int; var column: Int?; var message: String }

    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Problem(line: 1, column: 1, message: "file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8 (comma delimited)\"")
        }
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight bytes at a time while they are ASCII without NUL: nearly every byte of
                // an extract. Lines are counted only when there is a problem to place.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    if hasHighBit || hasZero { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 {
                        let utf16 = (index > 0 && buffer[index - 1] != 0) || (index + 1 < count && buffer[index + 1] != 0)
                        let hint = utf16 && index < 4 ? " (the file looks like UTF-16 without a byte-order mark)" : ""
                        let (line, lineStart) = place(buffer, index)
                        return Problem(line: line, column: column(buffer, lineStart, index),
                                       message: "contains a NUL byte\(hint); save the file as \"CSV UTF-8 (comma delimited)\"")
                    }
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, index)
                if length == 0 {
                    let (line, lineStart) = place(buffer, index)
                    return Problem(line: line, column: column(buffer, lineStart, index),
                                   message: "is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)); the file may be Windows-1252 from an older Excel); save it as \"CSV UTF-8 (comma delimited)\"")
                }
                index += length
            }
            return nil
        }
    }

    /// Line number (1-based) of a byte offset, and where that line starts. Line ends are LF,
    /// CRLF and a lone CR (old Mac exports), as the parser counts them.
    private static func place(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (line: Int, start: Int) {
        var line = 1, start = 0
        for position in 0..<offset {
            let byte = buffer[position]
            if byte == 0x0A || (byte == 0x0D && !(position + 1 < buffer.count && buffer[position + 1] == 0x0A)) {
                line += 1
                start = position + 1
            }
        }
        return (line, start)
    }

    private static func column(_ buffer: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ offset: Int) -> Int {
        var column = 1
        var position = lineStart
        if lineStart == 0 && buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
        while position < offset {
            if buffer[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return column
    }

    /// Length of a valid UTF-8 sequence at `index`, or 0 when invalid (overlongs and surrogates too).
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let count = buffer.count
        let lead = buffer[index]
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && buffer[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1) && buffer[index + 1] >= 0xA0 && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1) && buffer[index + 1] < 0xA0 && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1) && buffer[index + 1] >= 0x90 && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1) && buffer[index + 1] < 0x90 && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
