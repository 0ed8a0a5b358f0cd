import RoadmapCore

/// The files that gave no PRD or objective, by the id each would have declared, for the linker:
/// a reference to one of them says the file is unreadable (RM508), not that nothing has the id.
struct UnreadableFiles {
    struct File {
        var path: String
        var item: UnreadableItem

        func reference(_ id: ItemID, at location: SourceLocation) -> Diagnostic {
            let noun = item.kind.noun
            return Diagnostic(
                .referenceToUnreadableFile, "`\(id)` is the \(noun) of \(path), which could not be read, so this reference is not checked",
                at: location, help: "fix the first problem of \(path); this reference is checked again then",
                notes: [.init("the first problem of \(path)", at: item.firstError)])
        }
    }

    private var byID: [ItemID: File] = [:]
    /// What unreadable PRD files mention, for coverage.
    private(set) var prdMentions: Set<String> = []

    init() {}

    /// `analyses` in path order; ids that a readable file claims are not taken.
    init(_ analyses: [FileAnalysis], claimed: (ItemID) -> Bool) {
        for analysis in analyses {
            guard let item = analysis.unreadable else { continue }
            if item.kind == .feature { prdMentions.formUnion(item.mentions) }
            guard let id = item.id, !claimed(id), byID[id] == nil else { continue }
            byID[id] = File(path: analysis.path, item: item)
        }
    }

    subscript(id: ItemID) -> File? { byID[id] }
}
