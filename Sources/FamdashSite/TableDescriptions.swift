/// Plain-English names for the published tables and their columns.
public enum TableDescriptions {
    public static func summary(_ table: String) -> String {
        switch table {
        case "wards": "Every ward in areas order, with families whose ward is not recorded last as Unidentified. Percentages are of the programme total."
        case "localities": "Every locality in order of first appearance, Unidentified last."
        case "rag": "For each measure: families qualifying, and how many are red, amber, green or not yet assessed. Percentages are of the qualifying families."
        case "ages": "Members of programme families by closed 10-year age band (0-10 holds 0 to 10), then age unknown."
        case "ages-detail": "Each single year of age of the most populous band."
        case "allocations": "Families allocated to a lead worker, by the lead worker's agency, in name order; Not recorded last."
        case "ward-allocations": "Families by ward: allocated, payment-by-results claims made, not to be allocated and yet to be allocated."
        case "levels": "Families by intervention level (high, medium, low, not recorded), with their allocation status."
        case "targets": "For each target: families allocated on or before its date (by allocated_on; families with no date count from this quarter), the percentage of the target, and its status (on track / at risk before the date, assuming even progress over the year; met / missed after)."
        case "finance": "Attachment fees earned (families allocated x fee), results payments claimed (claims x payment), their total, and results payments still possible for allocated families not yet claimed; whole pounds."
        case "rag-movement": "For each measure, families assessed in both this and the previous quarter, by previous status (rows) and current status (columns)."
        default: ""
        }
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
        case "families_pct": "% of families"
        case "status": "Status"
        default: column
        }
    }
}
