import FamdashDisclosure

/// How values read in charts and their text alternatives.
public enum ChartText {
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { output += "," }
            output.append(digit)
        }
        return (value < 0 ? "-" : "") + output
    }

    public static func value(_ value: PublishedValue) -> String {
        switch value {
        case .count(let count): grouped(count)
        case .percent(let tenths): "\(tenths / 10).\(tenths % 10)%"
        case .suppressed: "[c]"
        case .text(let text): text
        }
    }
}
