import FamdashModel

/// Writes a synthetic programme folder that follows DATA.md: a few large wards and many small
/// ones, ages peaking at 11-20, a cohort that grows and whose RAG statuses improve over the
/// quarters, some families who leave, some with no ward, some unknown ages.
///
/// Everything is derived from (seed, family, quarter), so the output does not depend on the
/// order of generation and is byte-identical for the same options.
public enum SampleProgramme {
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// Phase 1 began in 2012; phase 2 in April 2015, so its sample starts with 2015-Q2.
    static func firstPeriod(phase: Int) -> PeriodName { phase == 2 ? PeriodName(year: 2015, quarter: 2) : PeriodName(year: 2012, quarter: 3) }

    /// The criteria as the board papers word them (seeds 000 and 002), for the methodology page.
    public static func measures(phase: Int) -> [Measure] {
        phase == 2 ? [
            Measure(key: "crime", label: "Crime and anti-social behaviour", description: "Parents and children involved in crime and anti-social behaviour"),
            Measure(key: "education", label: "Children not attending school regularly", description: "Children who have not been attending school regularly"),
            Measure(key: "children", label: "Children who need help", description: "Children who need help: children in need, on a protection plan or referred to early help"),
            Measure(key: "worklessness", label: "Worklessness and financial exclusion", description: "Adults out of work or at risk of financial exclusion, and young people at risk of worklessness"),
            Measure(key: "domestic_abuse", label: "Domestic violence and abuse", description: "Families affected by domestic violence and abuse"),
            Measure(key: "health", label: "Parents and children with health problems", description: "Parents and children with a range of health problems"),
        ] : [
            Measure(key: "crime", label: "Crime", description: "A household with one or more under-18s with a proven offence in the last 12 months"),
            Measure(key: "asb", label: "Anti-social behaviour", description: "A household where one or more members has an anti-social behaviour order, injunction or contract, or was subject to a housing-related anti-social behaviour intervention, in the last 12 months"),
            Measure(key: "education", label: "Education: exclusion and absence", description: "A child permanently excluded, with three or more fixed exclusions or 15% unauthorised absence across the last three consecutive terms, in a pupil referral unit, or not on a school roll"),
            Measure(key: "employment", label: "Out of work benefits", description: "A household with an adult on Department for Work and Pensions out-of-work benefits"),
        ]
    }

    static func periodNames(_ count: Int, phase: Int) -> [PeriodName] {
        let firstPeriod = firstPeriod(phase: phase)
        return (0..<count).map { offset in
            let index = firstPeriod.year * 4 + firstPeriod.quarter - 1 + offset
            return PeriodName(year: index / 4, quarter: index % 4 + 1)
        }
    }

    /// The files of the programme folder, paths relative to it. Periods are produced one at a
    /// time through `eachPeriod` so a national-size sample never sits in memory whole.
    public static func write(_ options: SampleOptions, _ emit: (File) throws -> Void) rethrows {
        let measures = measures(phase: options.phase)
        let wardNames = SampleNames.wards(max(1, options.wards))
        let localityNames = SampleNames.localities(max(1, min(options.localities, options.wards)))
        let periods = periodNames(max(1, options.periods), phase: options.phase)
        try emit(File(path: "programme.toml", bytes: Array(toml(options, measures: measures, periods: periods).utf8)))

        var areas = ByteBuffer()
        areas.append("ward,locality\r\n")
        // Wards are dealt to localities in runs so each locality holds neighbours.
        let wardLocality = (0..<wardNames.count).map { $0 * localityNames.count / wardNames.count }
        for (index, name) in wardNames.enumerated() {
            areas.appendField(name)
            areas.append(",")
            areas.appendField(localityNames[wardLocality[index]])
            areas.append("\r\n")
        }
        try emit(File(path: "areas.csv", bytes: areas.bytes))
        try emit(File(path: "boundaries.geojson", bytes: SampleBoundaries.geojson(wardNames: wardNames, seed: options.seed)))

        let shape = CohortShape(options: options, wardCount: wardNames.count, measureCount: measures.count)
        let wardBytes = wardNames.map { name -> [UInt8] in
            var buffer = ByteBuffer()
            buffer.appendField(name)
            return buffer.bytes
        }
        for (periodIndex, period) in periods.enumerated() {
            var families = ByteBuffer(capacity: options.families * 90)
            var people = ByteBuffer(capacity: options.families * 60)
            families.append("family_id,ward")
            for measure in measures { families.append(",\(measure.key),\(measure.key)_rag") }
            families.append(",allocation,lead_agency,level,rollout_group,identified_on,allocated_on,claimed_on")
            families.append(options.phase == 1 ? ",claim_type\n" : SampleOutcomes.header + "\n")
            people.append("family_id,age\n")
            for familyIndex in 0..<options.families {
                guard let family = shape.family(familyIndex, in: periodIndex) else { continue }
                family.writeRow(into: &families, wardBytes: wardBytes, periods: periods)
                family.writePeople(into: &people, periodIndex: periodIndex)
            }
            try emit(File(path: "periods/\(period)/families.csv", bytes: families.bytes))
            try emit(File(path: "periods/\(period)/people.csv", bytes: people.bytes))
        }
    }

    static func toml(_ options: SampleOptions, measures: [Measure], periods: [PeriodName]) -> String {
        var text = """
        # A synthetic programme written by `famdash sample` (seed \(options.seed)). No real family is in it.
        name = "\(options.phase == 2 ? "Stronger Families" : "Priority Families")"
        authority = "Sampleshire County Council"

        """
        for measure in measures {
            text += "\n[[measures]]\nkey = \"\(measure.key)\"\nlabel = \"\(measure.label)\"\n"
            if let description = measure.description { text += "description = \"\(description)\"\n" }
        }
        text += "\n[disclosure]\nmin_count = 5\n"
        // Targets at the end of each financial year the sample spans.
        var years: [Int] = []
        for period in periods {
            let endYear = period.quarter == 1 ? period.year : period.year + 1
            if !years.contains(endYear) { years.append(endYear) }
        }
        for (index, year) in years.enumerated() {
            let families = options.families * (index + 1) * 9 / (10 * years.count)
            text += "\n[[targets]]\nby = \"\(year)-03-31\"\nfamilies = \(max(1, families / 10 * 10))\n"
        }
        text += options.phase == 2 ? "\n[finance]\nattachment_fee = 1000\nresults_payment = 800\n" + SampleOutcomes.plan : SampleFinance.phaseOne(periods: periods)
        return text
    }
}
