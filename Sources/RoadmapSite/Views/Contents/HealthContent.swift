/// One kind of problem on the health page: the first entries and a link to all of them.
struct HealthSection: ViewModel {
    let key: String
    let title: String
    let explanation: String
    let total: Int
    let cards: [Fragment]
    let keyResults: [KeyResultView]
    let objectives: [LinkView]
    let diagnostics: [DiagnosticView]
    /// The first page listing every entry, when the section shows only some.
    let moreURL: String?

    func value(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "explanation": explanation
        case "total": total
        case "empty": total == 0
        case "cards": cards
        case "keyResults": keyResults
        case "objectives": objectives
        case "diagnostics": diagnostics
        case "moreURL": orAbsent(moreURL)
        case "shown": cards.count + keyResults.count + objectives.count + diagnostics.count
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(key, title, explanation, total, cards, keyResults, objectives, diagnostics, moreURL)
    }
}

/// The health page, or (with a pager) one of its sections in full.
struct HealthContent: ViewModel {
    let heading: String
    let sections: [HealthSection]
    let errors: Int
    let warnings: Int
    let pager: PagerView?

    func value(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "sections": sections
        case "errors": errors
        case "warnings": warnings
        case "healthy": sections.allSatisfy { $0.total == 0 }
        case "pager": orAbsent(pager)
        case "isSummary": pager == nil
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(heading, sections, errors, warnings, pager) }
}

/// The search page: everything it shows comes from the search index, through JavaScript.
struct SearchContent: ViewModel {
    let total: Int

    func value(named name: String) -> Any? { name == "total" ? total : nil }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(total) }
}
