import RoadmapCore

/// The one namespace PRDs and objectives share. A repeated id is reported with both places, and
/// the later item gets a free id of its own so it is still shown (marked broken), never dropped.
struct IDRegistry {
    private var claimed: [ItemID: (kind: ItemKind, location: SourceLocation)] = [:]

    func isClaimed(_ id: ItemID) -> Bool { claimed[id] != nil }

    mutating func claim(_ id: ItemID, kind: ItemKind, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> ItemID {
        guard let first = claimed[id] else {
            claimed[id] = (kind, location)
            return id
        }
        let noun: (ItemKind) -> String = \.noun
        if first.kind == kind {
            diagnostics.append(Diagnostic(
                .duplicateID, "id `\(id)` is already used by another \(noun(kind)) in \(first.location.path)", at: location,
                help: "ids must be unique across the roadmap; rename one of them",
                notes: [.init("`\(id)` is first defined here", at: first.location)]))
        } else {
            diagnostics.append(Diagnostic(
                .idCollision, "id `\(id)` names both \(noun(first.kind) == "PRD" ? "a PRD" : "an objective") (\(first.location.path)) and this \(noun(kind))",
                at: location, help: "PRDs and objectives share one namespace; rename one of them",
                notes: [.init("`\(id)` is first defined here", at: first.location)]))
        }
        var n = 2
        while claimed[Self.numbered(id, n)] != nil { n += 1 }
        let replacement = Self.numbered(id, n)
        claimed[replacement] = (kind, location)
        return replacement
    }

    /// `id-n`, the id shortened to leave room when it is near the 100-character limit.
    static func numbered(_ id: ItemID, _ n: Int) -> ItemID {
        let suffix = "-\(n)"
        return ItemID(String(id.rawValue.prefix(100 - suffix.count)) + suffix) ?? ItemID("item\(suffix)")!
    }
}
