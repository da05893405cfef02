import FamdashCharts
import FamdashModel

/// The ward map's geometry (projected and simplified once per build) and the ward pages its
/// shapes link to, by the same slugs the pages are written under.
enum WardMapLinks {
    static func geography(_ boundaries: WardBoundaries?, areas: Areas, slugs: [String: String]) -> ChartGeography? {
        guard let boundaries else { return nil }
        var links: [Int: String] = [:]
        for (index, ward) in areas.wards.enumerated() {
            if let slug = slugs[ward.name] { links[index] = "wards/\(slug).html" }
        }
        return ChartGeography(geometry: WardMapGeometry(boundaries), wardLinks: links)
    }
}
