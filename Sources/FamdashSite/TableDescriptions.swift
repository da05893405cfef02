import FamdashFigures

/// Plain-English names for the published tables and their columns.
public enum TableDescriptions {
    /// The table's description, from its declaration.
    public static func summary(_ table: String) -> String {
        PublishedTables.all.first { $0.name == table }?.summary ?? ""
    }

    public static func columnHeading(_ column: String) -> String {
        switch column {
        case "ward": "Ward"
        case "locality": "Locality"
        case "people": "People"
        case "people_pct": "% of people"
        case "families": "Families"
        case "families_pct": "% of families"
        case "measure": "Measure"
        case "qualifiers": "Qualifying families"
        case "red": "Red"
        case "amber": "Amber"
        case "green": "Green"
        case "not_assessed": "Not assessed"
        case "red_pct": "% red"
        case "amber_pct": "% amber"
        case "green_pct": "% green"
        case "band": "Age band"
        case "age": "Age"
        case "lead_agency": "Lead agency"
        case "allocated": "Allocated"
        case "claimed": "Claims made"
        case "not_to_be_allocated": "Not to be allocated"
        case "yet_to_be_allocated": "Yet to be allocated"
        case "level": "Intervention level"
        case "target_by": "Target date"
        case "target": "Target"
        case "status": "Status"
        default: column
        }
    }
}
