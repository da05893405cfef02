import FamdashModel

/// Random small programmes with many small wards: the hard case for disclosure control.
struct RandomProgramme {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }

    mutating func make() -> (Settings, Areas, Period) {
        let measures = (0..<(1 + next(5))).map { Measure(key: "m\($0)", label: "Measure \($0)") }
        var areas = Areas()
        let wardCount = 1 + next(14)
        let localityCount = 1 + next(min(4, wardCount))
        for ward in 0..<wardCount { areas.add(ward: "W\(ward)", locality: "L\(ward % localityCount)") }
        let agencies = ["EWS", "FIP", "Police", "Health"].prefix(1 + next(4))
        let familyCount = next(120)
        var families: [Family] = []
        var byAge = Array(repeating: 0, count: 121)
        var unknownAges = 0
        // Skewed ward sizes: low-numbered wards are larger.
        for index in 0..<familyCount {
            let ward: Int? = next(20) == 0 ? nil : min(wardCount - 1, next(wardCount) * next(wardCount) / max(1, wardCount - 1))
            let qualifies = measures.map { _ in next(2) == 0 }
            let rag: [RAG?] = qualifies.map { $0 ? [nil, .red, .amber, .green][next(4)] : nil }
            let allocation = [Allocation.allocated, .allocated, .notToBeAllocated, .yetToBeAllocated][next(4)]
            let agency = allocation == .allocated && next(6) != 0 ? next(agencies.count) : nil
            let claim = allocation == .allocated && next(3) == 0 ? Day(year: 2013, month: 9, day: 1) : nil
            let people = next(6)
            for _ in 0..<people {
                if next(15) == 0 { unknownAges += 1 } else { byAge[next(4) == 0 ? next(121) : next(25)] += 1 }
            }
            families.append(Family(id: "F\(index)", ward: ward, qualifies: qualifies, rag: rag, allocation: allocation,
                                   leadAgency: agency, claimedOn: claim, people: people))
        }
        let settings = Settings(name: "Random", measures: measures, minCount: 2 + next(9))
        return (settings, areas, Period(name: PeriodName(year: 2013, quarter: 3), families: families,
                                        agencies: Array(agencies), peopleByAge: byAge, peopleWithUnknownAge: unknownAges))
    }
}
