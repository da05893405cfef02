import FamdashDisclosure

/// A declarative chart: what to show, not how. Built only from published (disclosure-controlled)
/// values, so a suppressed figure can reach a chart only as `.suppressed`.
public struct Chart: Sendable {
    public enum Kind: Sendable {
        case bars(Bars)
        case stacked(Stacked)
        case columns(Columns)
        case lines(Lines)
        case compare(Compare)
        case map(Map)
    }

    /// A choropleth of areas (wards): each shaded by its published count in at most five
    /// classes, suppressed ones hatched and labelled [c]; in the SVG each links to its page.
    public struct Map: Sendable {
        public struct Area: Sendable {
            public var rings: [[(Double, Double)]]
            public var label: String
            public var value: PublishedValue
            /// Relative to the period folder (`wards/abbey.html`).
            public var link: String?
            public var labelPoint: (Double, Double)
            public init(rings: [[(Double, Double)]], label: String, value: PublishedValue, link: String?, labelPoint: (Double, Double)) {
                self.rings = rings
                self.label = label
                self.value = value
                self.link = link
                self.labelPoint = labelPoint
            }
        }
        public var width: Double
        public var height: Double
        public var areas: [Area]
        /// "families" for titles ("Abbey: 23 families").
        public var noun: String
        public init(width: Double, height: Double, areas: [Area], noun: String) {
            self.width = width
            self.height = height
            self.areas = areas
            self.noun = noun
        }
    }

    /// Areas' shares against a benchmark (public health's "compare areas"): a bar per area
    /// with its 95% interval, the benchmark as a line, and the comparison in words.
    public struct Compare: Sendable {
        public struct Row: Sendable {
            public var label: String
            /// A published percentage, or suppressed.
            public var value: PublishedValue
            /// The 95% interval as fractions, when the counts are published.
            public var interval: (low: Double, high: Double)?
            /// better, similar, worse or [x], as published.
            public var comparison: String
            public init(label: String, value: PublishedValue, interval: (low: Double, high: Double)?, comparison: String) {
                self.label = label
                self.value = value
                self.interval = interval
                self.comparison = comparison
            }
        }
        public var rows: [Row]
        /// The benchmark's published percentage (nil or suppressed: no line).
        public var benchmark: PublishedValue?
        public var benchmarkName: String
        public init(rows: [Row], benchmark: PublishedValue?, benchmarkName: String) {
            self.rows = rows
            self.benchmark = benchmark
            self.benchmarkName = benchmarkName
        }
    }

    /// Ranked horizontal bars of one series.
    public struct Bars: Sendable {
        public struct Row: Sendable {
            public var label: String
            public var detail: String?
            public var value: PublishedValue
            public init(label: String, detail: String? = nil, value: PublishedValue) {
                self.label = label
                self.detail = detail
                self.value = value
            }
        }
        public var rows: [Row]
        public var color: Color
        public init(rows: [Row], color: Color = Palette.primary) {
            self.rows = rows
            self.color = color
        }
    }

    /// Horizontal bars split into parts: shares of the row total (100%) or absolute counts.
    public struct Stacked: Sendable {
        public struct Part: Sendable {
            public var name: String
            public var letter: String
            public var color: Color
            public init(name: String, letter: String, color: Color) {
                self.name = name
                self.letter = letter
                self.color = color
            }
        }
        public struct Row: Sendable {
            public var label: String
            public var values: [PublishedValue]
            /// The row's published total (what the parts add up to).
            public var total: PublishedValue
            public init(label: String, values: [PublishedValue], total: PublishedValue) {
                self.label = label
                self.values = values
                self.total = total
            }
        }
        public var parts: [Part]
        public var rows: [Row]
        public var percent: Bool
        public init(parts: [Part], rows: [Row], percent: Bool) {
            self.parts = parts
            self.rows = rows
            self.percent = percent
        }
    }

    /// Vertical columns (an age profile).
    public struct Columns: Sendable {
        public var labels: [String]
        public var values: [PublishedValue]
        public var color: Color
        public init(labels: [String], values: [PublishedValue], color: Color = Palette.primary) {
            self.labels = labels
            self.values = values
            self.color = color
        }
    }

    /// Series over quarters; a suppressed point breaks the line and is marked [c].
    public struct Lines: Sendable {
        public struct Series: Sendable {
            public var name: String
            public var values: [PublishedValue]
            public var color: Color
            public var dashed: Bool
            public init(name: String, values: [PublishedValue], color: Color, dashed: Bool) {
                self.name = name
                self.values = values
                self.color = color
                self.dashed = dashed
            }
        }
        /// A level to compare with (a target): a labelled horizontal line across the plot.
        public struct Reference: Sendable {
            public var label: String
            public var value: Int
            public init(label: String, value: Int) {
                self.label = label
                self.value = value
            }
        }
        public var labels: [String]
        public var series: [Series]
        public var references: [Reference]
        public init(labels: [String], series: [Series], references: [Reference] = []) {
            self.labels = labels
            self.series = series
            self.references = references
        }
    }

    /// File name without extension (`families-by-ward`).
    public var name: String
    public var title: String
    public var subtitle: String
    /// What the values count ("Families"), for the axis.
    public var valueLabel: String
    /// One sentence for alt text ("Abbey has the most families, 69 of 431.").
    public var summary: String
    public var kind: Kind

    public init(name: String, title: String, subtitle: String, valueLabel: String, summary: String, kind: Kind) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.valueLabel = valueLabel
        self.summary = summary
        self.kind = kind
    }
}

extension Chart {
    /// Whether phones get a narrow layout of the chart (`NAME-narrow.svg`). A map keeps its
    /// shape at any width and is shown only at full size (in an <object>, for its links).
    public var hasNarrowLayout: Bool {
        if case .map = kind { false } else { true }
    }

    /// Whether the chart draws a withheld value, so that the page puts the [c] key beside it.
    public var showsSuppressed: Bool {
        switch kind {
        case .bars(let bars): bars.rows.contains { $0.value.isSuppressed }
        case .stacked(let stacked): stacked.rows.contains { $0.total.isSuppressed || $0.values.contains(where: \.isSuppressed) }
        case .columns(let columns): columns.values.contains(where: \.isSuppressed)
        case .lines(let lines): lines.series.contains { $0.values.contains(where: \.isSuppressed) }
        case .compare(let compare): compare.rows.contains { $0.value.isSuppressed }
        case .map(let map): map.areas.contains { $0.value.isSuppressed }
        }
    }
}
