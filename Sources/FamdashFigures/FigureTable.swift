/// One published table: named columns of labels, counts and percentages, rows in a fixed order.
///
/// Tables hold exact counts only. Percentages are derived when written, from the count and its
/// base, after disclosure control has decided which counts may be shown.
public struct FigureTable: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case label
        case count
        /// Percentage of the count in column `of`, over `base`.
        case percent(of: Int, base: PercentBase)
        /// Text worked out from the count in column `of` (a target's status): withheld with it.
        case derivedLabel(of: Int)
    }

    public enum PercentBase: Sendable, Equatable {
        /// The column's total over all rows.
        case columnTotal
        /// Another count column of the same row (rag: parts of `qualifiers`).
        case column(Int)
        /// A whole number written in a label column of the same row (a target).
        case labelNumber(Int)
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var kind: Kind
        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Row: Sendable, Equatable {
        /// By column index: the text of label columns ("" elsewhere).
        public var labels: [String]
        /// By column index: the value of count columns (0 elsewhere).
        public var counts: [Int]
        public init(labels: [String], counts: [Int]) {
            self.labels = labels
            self.counts = counts
        }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [Row]

    public init(name: String, columns: [Column], rows: [Row] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    public var countColumns: [Int] {
        columns.indices.filter { if case .count = columns[$0].kind { true } else { false } }
    }

    /// Appends a row given its label texts and counts in column order, skipping percent columns.
    public mutating func append(labels: [String], counts: [Int]) {
        var rowLabels = Array(repeating: "", count: columns.count)
        var rowCounts = Array(repeating: 0, count: columns.count)
        var nextLabel = 0, nextCount = 0
        for (index, column) in columns.enumerated() {
            switch column.kind {
            case .label, .derivedLabel:
                rowLabels[index] = labels[nextLabel]
                nextLabel += 1
            case .count:
                rowCounts[index] = counts[nextCount]
                nextCount += 1
            case .percent:
                break
            }
        }
        rows.append(Row(labels: rowLabels, counts: rowCounts))
    }

    public func total(ofColumn column: Int) -> Int {
        rows.reduce(0) { $0 + $1.counts[column] }
    }
}
