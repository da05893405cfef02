import FamdashDisclosure
import FamdashFigures

/// `families-by-ward`: families in the programme by ward, ranked.
enum FamiliesByWardChart: ChartDefinition {
    static let name = "families-by-ward"
    static func charts(_ context: ChartContext) -> [Chart] {
        WardBars.chart(context, name: name, column: .families, noun: "families", color: Palette.primary)
    }
}

/// `people-by-ward`: people in programme families by ward, ranked.
enum PeopleByWardChart: ChartDefinition {
    static let name = "people-by-ward"
    static func charts(_ context: ChartContext) -> [Chart] {
        WardBars.chart(context, name: name, column: .people, noun: "people", color: Palette.secondary)
    }
}

enum WardBars {
    static func chart(_ context: ChartContext, name: String, column: WardsTable.Column, noun: String, color: Color) -> [Chart] {
        guard let wards = context.period.table(WardsTable.self) else { return [] }
        let rows = wards.rows.map { RankedBars.Row(key: $0.key, label: $0.text(.ward), detail: $0.text(.locality), value: $0[column]) }
        let total = context.period.total(column == .families ? .families : .people)
        return [RankedBars.chart(name: name, title: "\(noun.capitalized) in the programme by ward", quarter: context.quarter,
                                 noun: noun, rows: rows, total: total, color: color)]
    }
}

/// `families-by-locality`: families by locality, ranked.
enum FamiliesByLocalityChart: ChartDefinition {
    static let name = "families-by-locality"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let localities = context.period.table(LocalitiesTable.self) else { return [] }
        let rows = localities.rows.map { RankedBars.Row(key: $0.key, label: $0.text(.locality), value: $0[.families]) }
        return [RankedBars.chart(name: name, title: "Families in the programme by locality", quarter: context.quarter,
                                 noun: "families", rows: rows, total: context.period.total(.families), color: Palette.primary)]
    }
}
