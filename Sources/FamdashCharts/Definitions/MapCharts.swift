import FamdashDisclosure
import FamdashFigures

/// `ward-map`: families by ward as a choropleth, when the programme has boundaries.
public enum WardMapChart: ChartDefinition {
    public static let name = "ward-map"

    public static func charts(_ context: ChartContext) -> [Chart] {
        guard let geography = context.geography, let wards = context.period.table(WardsTable.self) else { return [] }
        let geometry = geography.geometry
        let areas = geometry.wards.indices.compactMap { index -> Chart.Map.Area? in
            guard let row = wards[.ward(index)] else { return nil }
            return Chart.Map.Area(rings: geometry.wards[index], label: row.text(.ward), value: row[.families],
                                  link: geography.wardLinks[index], labelPoint: geometry.labelPoint(ofWard: index))
        }
        let published = areas.compactMap(\.value.count)
        var summary = "A map of the wards shaded by families in the programme."
        if let top = areas.filter({ $0.value.count == published.max() }).map(\.label).sorted(by: CodePointOrder.less).first, let most = published.max(), most > 0 {
            // A withheld ward could hold more than the largest published one.
            let leader = RankedBars.leader(top, noun: "families", value: ChartText.grouped(most), anyWithheld: areas.contains { $0.value.isSuppressed })
            summary += " " + leader.dropLast() + "; the table beside the map lists every ward."
        }
        return [Chart(name: name, title: "Families in the programme by ward", subtitle: context.quarter, valueLabel: "Families",
                      summary: summary, kind: .map(.init(width: geometry.width, height: geometry.height, areas: areas, noun: "families")))]
    }
}

