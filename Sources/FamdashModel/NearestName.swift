/// "Did you mean ...?" suggestions: the closest name by edit distance, ignoring case.
public enum NearestName {
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        guard !target.isEmpty, let best = best(target, among: candidates) else { return nil }
        // Beyond about half the length the "nearest" name is noise, not a typo.
        let limit = max(2, (target.count + 1) / 2)
        return best.distance <= limit ? best.name : nil
    }

    /// Nearest candidate whatever the distance (for names that must match something).
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        best(Array(name.lowercased()), among: candidates)?.name
    }

    /// The first candidate at the smallest distance. Each comparison stops as soon as it cannot
    /// beat the best so far (the length difference alone, or a whole row of the table, is
    /// already worse), so thousands of wards cost little more than the close ones.
    static func best(_ target: [Character], among candidates: [String]) -> (name: String, distance: Int)? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            let cutoff = best?.distance ?? Int.max
            if let found = best, abs(other.count - target.count) >= found.distance { continue }
            if let distance = editDistance(target, other, below: cutoff) { best = (candidate, distance) }
        }
        return best
    }

    /// The edit distance, or nil when it is `cutoff` or more.
    static func editDistance(_ a: [Character], _ b: [Character], below cutoff: Int) -> Int? {
        if a.isEmpty { return b.count < cutoff ? b.count : nil }
        if b.isEmpty { return a.count < cutoff ? a.count : nil }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            // Distances never fall from one row to the next: this row's best is a floor.
            if rowMinimum >= cutoff { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] < cutoff ? previous[b.count] : nil
    }
}
