import FamdashModel

/// Decides, for each family and quarter, whether it is in the cohort and what it looks like.
struct CohortShape {
    let options: SampleOptions
    let wardCount: Int
    let measureCount: Int
    /// Cumulative ward weights: a few large wards, a long tail of small ones.
    let cumulativeWeights: [Int]

    init(options: SampleOptions, wardCount: Int, measureCount: Int) {
        self.options = options
        self.wardCount = wardCount
        self.measureCount = measureCount
        var random = SampleRandom(seed: options.seed, -1)
        var ranks = Array(0..<wardCount)
        for index in stride(from: wardCount - 1, to: 0, by: -1) { ranks.swapAt(index, random.below(index + 1)) }
        var total = 0
        cumulativeWeights = ranks.map { rank in
            total += 1_000_000 / (rank + 2) + 4_000
            return total
        }
    }

    func ward(_ random: inout SampleRandom) -> Int? {
        if random.chance(3) { return nil }
        let pick = random.below(cumulativeWeights.last ?? 1)
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > pick { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func family(_ index: Int, in period: Int) -> SampleFamily? {
        let periodCount = max(1, options.periods)
        let start = index * periodCount / max(1, options.families)
        guard period >= start else { return nil }
        var random = SampleRandom(seed: options.seed, index)
        let leaves = random.chance(6) ? start + 2 + random.below(4) : Int.max
        guard period <= leaves else { return nil }
        return SampleFamily(index: index, start: start, quarter: period - start, shape: self, random: random)
    }
}

/// One family in one quarter.
struct SampleFamily {
    let index: Int
    let start: Int
    let quarter: Int
    var ward: Int?
    var qualifies: [Bool] = []
    var rag: [UInt8] = []  // 0 red, 1 amber, 2 green, 3 not assessed
    var allocation = "yet_to_be_allocated"
    var agency: String?
    var level: String?
    var rolloutGroup: Int
    var identifiedDay: Int
    var allocatedQuarter: Int?
    var claimedQuarter: Int?
    /// Phase 1: 0 outcomes, 1 progress to work, 2 continuous employment.
    var claimKind = 0
    let phase: Int
    var ages: [Int?] = []
    let seed: UInt64

    init(index: Int, start: Int, quarter: Int, shape: CohortShape, random: SampleRandom) {
        var random = random
        self.index = index
        self.start = start
        self.quarter = quarter
        seed = shape.options.seed
        phase = shape.options.phase
        ward = shape.ward(&random)
        // Most families meet two or more criteria; each family qualifies under at least one.
        for _ in 0..<shape.measureCount { qualifies.append(random.chance(45)) }
        if !qualifies.contains(true) { qualifies[random.below(shape.measureCount)] = true }
        let notToBe = random.chance(7)
        let allocationDelay = random.below(3)
        let speeds = (0..<shape.measureCount).map { _ in 1 + random.below(3) }
        rolloutGroup = 1 + random.below(4)
        identifiedDay = random.below(89)
        let willClaim = random.chance(45)
        let agencyPick = random.below(SampleNames.agencies.count + 1)
        let levelPick = random.below(10)
        // Parents in their twenties to forties, children weighted towards 11 to 20.
        let adults = 1 + (random.chance(55) ? 1 : 0)
        let children = random.below(5) + (random.chance(50) ? 1 : 0)
        var baseAges: [Int?] = []
        for _ in 0..<adults { baseAges.append(random.chance(2) ? nil : 22 + random.below(30)) }
        for _ in 0..<children { baseAges.append(random.chance(2) ? nil : (random.chance(65) ? 11 + random.below(9) : random.below(11))) }
        if random.chance(3) { baseAges.append(55 + random.below(40)) }
        ages = baseAges.map { $0.map { min(120, $0 + quarter / 4) } }
        let kindPick = random.below(20)
        claimKind = kindPick < 13 ? 0 : kindPick < 17 ? 1 : 2

        var status = SampleRandom(seed: seed, index, quarter + 1)
        if notToBe && quarter >= 1 {
            allocation = "not_to_be_allocated"
        } else if quarter >= allocationDelay && !notToBe {
            allocation = "allocated"
            allocatedQuarter = start + allocationDelay
            agency = agencyPick < SampleNames.agencies.count ? SampleNames.agencies[agencyPick] : nil
            level = levelPick < 2 ? "high" : levelPick < 6 ? "medium" : levelPick < 9 ? "low" : nil
            if willClaim && quarter >= allocationDelay + 3 { claimedQuarter = start + allocationDelay + 3 }
        }
        for measure in 0..<shape.measureCount {
            guard qualifies[measure] else { rag.append(3); continue }
            if allocation != "allocated" || (quarter == allocationDelay && status.chance(60)) {
                rag.append(3)
                continue
            }
            let progress = (quarter - allocationDelay) * speeds[measure] + status.below(3) - (status.chance(12) ? 2 : 0)
            rag.append(UInt8(max(0, min(2, progress / 3))))
        }
    }

    static let ragLetters: [UInt8] = [UInt8(ascii: "R"), UInt8(ascii: "A"), UInt8(ascii: "G")]

    func writeRow(into buffer: inout ByteBuffer, wardBytes: [[UInt8]], periods: [PeriodName]) {
        writeID(into: &buffer)
        buffer.append(",")
        if let ward { buffer.append(wardBytes[ward]) }
        for (measure, qualifies) in qualifies.enumerated() {
            buffer.append(qualifies ? ",Y," : ",N,")
            if rag[measure] < 3 { buffer.append(Self.ragLetters[Int(rag[measure])]) }
        }
        buffer.append(",")
        buffer.append(allocation)
        buffer.append(",")
        if let agency { buffer.appendField(agency) }
        buffer.append(",")
        if let level { buffer.append(level) }
        buffer.append(",")
        buffer.append(String(rolloutGroup))
        buffer.append(",")
        buffer.appendDate(periods[start], dayOffset: identifiedDay)
        buffer.append(",")
        if let allocatedQuarter {
            // Allocation follows identification: later in the same quarter, or any day of a later one.
            let offset = allocatedQuarter == start ? min(88, identifiedDay + 6) : (identifiedDay + 20) % 89
            buffer.appendDate(periods[allocatedQuarter], dayOffset: offset)
        }
        buffer.append(",")
        if let claimedQuarter { buffer.appendDate(periods[claimedQuarter], dayOffset: (identifiedDay + 40) % 89) }
        if phase == 1 {
            buffer.append(",")
            if claimedQuarter != nil { buffer.append(SampleFinance.claimKeys[claimKind]) }
        } else {
            SampleOutcomes.append(self, into: &buffer)
        }
        buffer.append("\n")
    }

    func writePeople(into buffer: inout ByteBuffer, periodIndex: Int) {
        for age in ages {
            writeID(into: &buffer)
            buffer.append(",")
            if let age { buffer.append(String(age)) }
            buffer.append("\n")
        }
    }

    /// Pseudonymous ids in the style of case-management references.
    private func writeID(into buffer: inout ByteBuffer) {
        buffer.append("PF")
        let text = String(index + 100_000)
        buffer.append(text)
    }
}
