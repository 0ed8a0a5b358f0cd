/// The page of one objective: its key results with the features moving each.
struct ObjectiveContent: ViewModel {
    let objective: ObjectiveSummaryView
    let body: BodyView
    /// Features naming the objective itself rather than one of its key results.
    let directMovers: [Fragment]
    let diagnostics: [DiagnosticView]
    let source: SourceView
    /// Its life in git; nil when the site has no history (or git never saw it).
    var history: ItemHistoryView? = nil

    func value(named name: String) -> Any? {
        switch name {
        case "objective": objective
        case "body": body
        case "directMovers": directMovers
        case "diagnostics": diagnostics
        case "source": source
        case "history": orAbsent(history)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(objective, body, directMovers, diagnostics, source, history)
    }
}

/// A page of the list of objectives.
struct ObjectivesContent: ViewModel {
    let objectives: [ObjectiveSummaryView]
    let pager: PagerView
    let total: Int
    let uncoveredKeyResults: Int

    func value(named name: String) -> Any? {
        switch name {
        case "objectives": objectives
        case "pager": pager
        case "total": total
        case "uncoveredKeyResults": uncoveredKeyResults
        case "hasUncovered": uncoveredKeyResults > 0
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(objectives, pager, total, uncoveredKeyResults) }
}
