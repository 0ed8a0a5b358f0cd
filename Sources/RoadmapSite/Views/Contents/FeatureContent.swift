/// The page of one PRD.
struct FeatureContent: ViewModel {
    let card: CardView
    let body: BodyView
    let keyResults: [Fragment]
    /// Objectives the feature moves as a whole rather than through a key result.
    let objectives: [LinkView]
    let dependencies: [Fragment]
    /// What those depend on in turn (two steps upstream).
    let indirectDependencies: [Fragment]
    let dependents: [Fragment]
    /// PRDs that need it through the direct dependents.
    let indirectDependents: [Fragment]
    let diagnostics: [DiagnosticView]
    let source: SourceView
    let fields: [FieldView]
    /// Its life in git; nil when the site has no history (or git never saw it).
    var history: ItemHistoryView? = nil

    func value(named name: String) -> Any? {
        switch name {
        case "feature": card
        case "body": body
        case "keyResults": keyResults
        case "objectives": objectives
        case "movesOKRs": !keyResults.isEmpty || !objectives.isEmpty
        case "dependencies": dependencies
        case "indirectDependencies": indirectDependencies
        case "dependents": dependents
        case "indirectDependents": indirectDependents
        case "hasDependents": !dependents.isEmpty || !indirectDependents.isEmpty
        case "diagnostics": diagnostics
        case "source": source
        case "fields": fields
        case "history": orAbsent(history)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(card, body, keyResults, objectives, dependencies, dependents, indirectDependents, diagnostics, source, fields, history)
        hasher.add(indirectDependencies)
    }
}
