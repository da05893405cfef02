extension FieldBytes {
    /// A number with at most one decimal place ("12", "12.5", "-3"), in tenths, or nil. Twelve
    /// digits at most before the point, so rules multiply it without overflow.
    public var tenths: Int64? {
        var index = 0
        var negative = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var value: Int64 = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int64(bytes[index] - 48)
            digits += 1
            index += 1
        }
        guard digits > 0, digits <= 12 else { return nil }
        value *= 10
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "."), index + 2 == bytes.count, bytes[index + 1] >= 48, bytes[index + 1] <= 57 else { return nil }
            value += Int64(bytes[index + 1] - 48)
        }
        return negative ? -value : value
    }
}
