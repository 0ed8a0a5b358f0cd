import RoadmapCore

extension HistoryEvent {
    /// One line for people, e.g. `due 2026-06-20 → 2026-08-01 (slip)`, `linked grow/kr2`.
    public var text: String {
        switch self {
        case .startMoved, .dueMoved, .quarterMoved, .horizonMoved: isSlip ? plainText + " (slip)" : plainText
        default: plainText
        }
    }

    /// The line without a slip mark: for text that says "slip" once for a whole change.
    public var plainText: String {
        let arrow = " → "
        switch self {
        case .created(let path): return "created at \(path)"
        case .removed(let path): return "removed from \(path)"
        case .moved(let from, let to): return "moved \(from)\(arrow)\(to)"
        case .idChanged(let from, let to): return "id \(from)\(arrow)\(to)"
        case .titleChanged(let from, let to): return "title \(ValueText.text(from))\(arrow)\(ValueText.text(to))"
        case .statusChanged(let from, let to): return from == nil ? "status \(ValueText.text(to))" : "status \(ValueText.text(from))\(arrow)\(ValueText.text(to))"
        case .startMoved(let from, let to): return moved("start", from, to)
        case .dueMoved(let from, let to): return moved("due", from, to)
        case .quarterMoved(let from, let to): return moved("quarter", from, to)
        case .horizonMoved(let from, let to): return moved("horizon", from?.rawValue, to?.rawValue)
        case .okrLinked(let link): return "linked \(link)"
        case .okrUnlinked(let link): return "unlinked \(link)"
        case .riceChanged(let from, let to):
            return from == nil ? "RICE \(Self.score(to))" : "RICE \(Self.score(from))\(arrow)\(Self.score(to))"
        case .keyResultAdded(let id): return "key result \(id) added"
        case .keyResultRemoved(let id): return "key result \(id) removed"
        case .keyResultRetargeted(let id, let from, let to): return "\(id) target \(ValueText.number(from))\(arrow)\(ValueText.number(to))"
        case .keyResultProgressed(let id, let from, let to): return "\(id) current \(ValueText.number(from))\(arrow)\(ValueText.number(to))"
        case .keyResultConfidenceChanged(let id, let from, let to): return "\(id) confidence \(ValueText.number(from))\(arrow)\(ValueText.number(to))"
        case .keyResultNoteChanged(let id, _, let to): return to.map { "\(id) note “\($0)”" } ?? "\(id) note removed"
        case .keyResultRenamed(let from, let to): return "key result \(from) renamed \(to)"
        case .edited: return "edited"
        }
    }

    /// RICE scores print as in `roadmap list` and on the site.
    private static func score(_ value: Double?) -> String { value.map(RICE.scoreText) ?? "none" }

    private func moved<T: CustomStringConvertible>(_ field: String, _ from: T?, _ to: T?) -> String {
        from == nil ? "\(field) \(ValueText.text(to))" : "\(field) \(ValueText.text(from)) → \(ValueText.text(to))"
    }
}
