/// Every table famdash publishes, in the order of the methodology page. Adding a table is one
/// declaration (a type conforming to `TableDefinition`) and one line here.
public enum PublishedTables {
    public static let all: [any TableDefinition.Type] = [
        WardsTable.self,
        LocalitiesTable.self,
        RAGTable.self,
        WardRAGTable.self,
        AgesTable.self,
        AgesDetailTable.self,
        AllocationsTable.self,
        WardAllocationsTable.self,
        LevelsTable.self,
        RolloutTable.self,
        RolloutAgenciesTable.self,
        TargetsTable.self,
        RAGMovementTable.self,
        FinanceTable.self,
        ClaimsTable.self,
        OutcomesTable.self,
        EligibilityTable.self,
        SummaryTable.self,
        FinanceSummaryTable.self,
    ]
}
