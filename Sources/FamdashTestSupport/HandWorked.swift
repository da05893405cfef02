import FamdashFigures
import FamdashModel

/// Seven families worked by hand (see the comments for each expected figure).
public enum HandWorked {
    public static let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime"), Measure(key: "school", label: "School")], minCount: 0)

    public static var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        areas.add(ward: "Sinfin", locality: "South")
        areas.add(ward: "Darley", locality: "North")
        return areas
    }

    public static var period: Period {
        // agencies: 0 FIP, 1 Police, 2 EWS
        let day = Day(year: 2013, month: 8, day: 1)
        let families = [
            Family(id: "F1", ward: 0, qualifies: [true, false], rag: [.red, nil], allocation: .allocated, leadAgency: 0, level: .high, claimedOn: day, people: 3),
            Family(id: "F2", ward: 0, qualifies: [true, true], rag: [.amber, .green], allocation: .allocated, leadAgency: 1, level: .medium, people: 2),
            Family(id: "F3", ward: 1, qualifies: [false, true], rag: [nil, nil], allocation: .notToBeAllocated, people: 1),
            Family(id: "F4", ward: nil, qualifies: [true, false], rag: [.green, nil], allocation: .allocated, people: 2),
            Family(id: "F5", ward: 1, qualifies: [true, true], rag: [nil, .red], allocation: .yetToBeAllocated, people: 0),
            Family(id: "F6", ward: 1, qualifies: [false, true], rag: [nil, .amber], allocation: .allocated, leadAgency: 2, level: .low, claimedOn: day, people: 4),
            Family(id: "F7", ward: 2, qualifies: [false, true], rag: [nil, .green], allocation: .allocated, leadAgency: 1, people: 1),
        ]
        var byAge = Array(repeating: 0, count: 121)
        for age in [5, 15, 40, 12, 14, 16, 91, 1, 2, 3, 10, 30] { byAge[age] += 1 }
        return Period(name: PeriodName(year: 2013, quarter: 3), families: families, agencies: ["FIP", "Police", "EWS"],
                      peopleByAge: byAge, peopleWithUnknownAge: 1)
    }

    public static var figures: PeriodFigures { PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period)) }
}
