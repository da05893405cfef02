import FamdashDisclosure
import FamdashFigures

/// A published cell as a page shows it: the value, with [r] when it was revised.
extension RowView {
    func cell(_ column: T.Column) -> HTMLTable.Cell { cell(at: column.index) }

    func cell(at index: Int) -> HTMLTable.Cell { .value(values[index], revised: revised.contains(index)) }

    /// The value as inline HTML (in a sentence).
    func html(_ column: T.Column) -> String { HTMLTable.valueHTML(self[column], revised: isRevised(column)) }
}
