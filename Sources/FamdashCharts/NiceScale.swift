/// Axis ticks at 1, 2 or 5 times a power of ten, from zero to at least the largest value.
public struct NiceScale: Sendable, Equatable {
    public var step: Int
    public var maximum: Int
    public var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }

    public init(maximumValue: Int, targetTicks: Int = 5) {
        let top = max(1, maximumValue)
        var power = 1
        while power * 10 <= top / max(1, targetTicks) { power *= 10 }
        var chosen = power
        for multiple in [1, 2, 5, 10] {
            chosen = multiple * power
            if top / chosen <= targetTicks { break }
        }
        step = chosen
        maximum = ((top + chosen - 1) / chosen) * chosen
    }
}
