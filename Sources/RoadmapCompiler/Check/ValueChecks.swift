import Foundation
import RoadmapCore

/// Checks of single values against the format: ids, statuses, dates, quarters, horizons, sections.
struct ValueChecks {
    let path: String
    /// Makes fixes for the diagnostics, when the file's bytes are known.
    let fixes: FixBuilder?
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, fixes: FixBuilder? = nil) {
        self.path = path
        self.fixes = fixes
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The declared id when it is well-formed; otherwise an id made from the file name, so the
    /// item is still shown (marked broken) rather than silently dropped.
    mutating func itemID(_ text: Located<String>?, fallbackFrom path: String) -> ItemID {
        if let text {
            if let id = ItemID(text.value) { return id }
            let slug = Slug.make(text.value)
            // Only case differs: the same id. Anything else is a new id made from the text.
            let safety: Fix.Safety = ItemID.isValid(text.value.lowercased()) && slug == text.value.lowercased() ? .safe : .unsafe
            let fix = slug.isEmpty ? nil : fixes?.replacing(text, with: slug, safety: safety)
            report(Diagnostic(
                .invalidID, "`\(text.value)` is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit",
                at: text.location, help: slug.isEmpty ? "write an id like `one-page-checkout`" : "write `\(slug)`",
                fixes: fix.map { [$0] } ?? []))
        }
        let stem = Slug.make(FileName.stem(path))
        return ItemID(stem.isEmpty ? "untitled" : stem) ?? ItemID("untitled")!
    }

    mutating func status(_ status: Located<String>, workflow: [String]) {
        guard !workflow.contains(status.value) else { return }
        var help = "use one of the workflow's statuses: \(workflow.joined(separator: ", "))"
        if let guess = Suggestion.closest(to: status.value, among: workflow) { help = "did you mean `\(guess)`? " + help }
        report(Diagnostic(.unknownStatus, "`\(status.value)` is not a status of this roadmap's workflow",
                          at: status.location, help: help,
                          fixes: fixes?.replacing(status, withOneOf: workflow) ?? []))
    }

    mutating func date(_ text: Located<String>, field: String) -> Located<CalendarDate>? {
        if let date = CalendarDate(iso: text.value) { return Located(value: date, location: text.location) }
        let looksISO = text.value.count == 10 && text.value.split(separator: "-").count == 3
        let written = Self.unpaddedDate(text.value)
        report(Diagnostic(
            .invalidDate,
            looksISO ? "`\(field)` is \(text.value), which is not a day of the calendar" : "`\(field)` must be a date written YYYY-MM-DD, not `\(text.value)`",
            at: text.location, help: written.map { "write `\(field): \($0)`" } ?? "write a real date, like `\(field): 2026-07-06`",
            fixes: written.flatMap { fixes?.replacing(text, with: $0.description, safety: .safe) }.map { [$0] } ?? []))
        return nil
    }

    /// A real day written with a four-digit year first but without padding or with other
    /// separators (`2026-7-1`, `2026/07/01`): only one day is meant, so the fix is safe.
    static func unpaddedDate(_ text: String) -> CalendarDate? {
        for separator in ["-", "/", "."] {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
                  parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { continue }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    mutating func quarter(_ text: Located<String>, field: String = "quarter") -> Located<Quarter>? {
        if let quarter = Quarter(text.value) { return Located(value: quarter, location: text.location) }
        let meant = Self.looseQuarter(text.value)
        report(Diagnostic(.invalidQuarter, "`\(field)` must be a quarter written YYYY-Qn with n from 1 to 4, not `\(text.value)`",
                          at: text.location, help: meant.map { "write `\(field): \($0)`" } ?? "write it like `\(field): 2026-Q3`",
                          fixes: meant.flatMap { fixes?.replacing(text, with: $0.description, safety: .safe) }.map { [$0] } ?? []))
        return nil
    }

    /// A quarter written another common way (`2026 Q3`, `Q3 2026`, `2026Q3`, `2026-Q03`): only one
    /// quarter is meant, so the fix is safe.
    static func looseQuarter(_ text: String) -> Quarter? {
        let compact = text.uppercased().filter { !" -_/".contains($0) }
        let digits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        let parts = compact.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let (year, number): (Substring, Substring) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1].suffix(4), parts[1].dropLast(4))
        guard year.count == 4, digits(year), (1...2).contains(number.count), digits(number),
              parts[0].count == 4 || parts[0].isEmpty,
              let y = Int(year), let n = Int(number) else { return nil }
        return Quarter(year: y, number: n)
    }

    mutating func horizon(_ text: Located<String>) -> Located<Horizon>? {
        if let horizon = Horizon(rawValue: text.value) { return Located(value: horizon, location: text.location) }
        var help = "use now, next or later"
        let horizons = Horizon.allCases.map(\.rawValue)
        if let guess = Suggestion.closest(to: text.value, among: horizons) { help = "did you mean `\(guess)`?" }
        report(Diagnostic(.invalidHorizon, "`horizon` must be now, next or later, not `\(text.value)`",
                          at: text.location, help: help,
                          fixes: fixes?.replacing(text, withOneOf: horizons) ?? []))
        return nil
    }

    mutating func visibility(_ text: Located<String>) -> Visibility? {
        if let visibility = Visibility(rawValue: text.value) { return visibility }
        let names = Visibility.allCases.map(\.rawValue)
        var help = "use public, internal or confidential"
        if let guess = Suggestion.closest(to: text.value, among: names) { help = "did you mean `\(guess)`? " + help }
        report(Diagnostic(.invalidVisibility, "`visibility` must be public, internal or confidential, not `\(text.value)`",
                          at: text.location, help: help,
                          fixes: fixes?.replacing(text, withOneOf: names) ?? []))
        return nil
    }

    /// Each required H2 section must appear in the body (compared without case or surrounding space).
    mutating func requiredSections(_ required: [String], in body: Body, after fenceLine: Int) {
        guard !required.isEmpty else { return }
        var missing = required
        for heading in body.headings where heading.level == 2 {
            let text = heading.text.trimmedSpace()
            missing.removeAll { $0.caseInsensitiveEquals(text) }
            if missing.isEmpty { return }
        }
        for (index, section) in missing.enumerated() {
            report(Diagnostic(
                .missingSection, "this PRD has no `## \(section)` section, which roadmap.yml requires",
                at: SourceLocation(path: path, line: max(1, fenceLine), column: 1, length: 3),
                help: "add a `## \(section)` heading with its text to the body",
                fixes: fixes.map { [$0.appendingSection(section, following: index > 0)] } ?? []))
        }
    }
}
