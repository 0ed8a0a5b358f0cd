import RoadmapCore

/// A PRD read from its file, before links to other files are resolved.
struct FeatureDraft: Sendable {
    var feature: Feature
    var idLocation: SourceLocation
    /// `okrs` entries as written, resolved by the linker.
    var okrReferences: [Located<String>]
    /// `depends_on` entries as written, resolved by the linker.
    var dependencies: [Located<String>]
    /// Where `status` is written, for diagnostics about the feature as a whole.
    var statusLocation: SourceLocation
    /// Where the `due` date is written, for overdue work.
    var dueLocation: SourceLocation? = nil
    /// `okrs` is written but some of it could not be read (not a list, an entry not text): whether
    /// the PRD moves an OKR is unknown, so it gets no orphan warning.
    var okrsUnreadable = false
}

/// An objective read from its file.
struct ObjectiveDraft: Sendable {
    var objective: Objective
    var idLocation: SourceLocation
    /// Key results left out because their id is not valid (`KR1`), by the id they would have
    /// (`kr1`), with where their problem is: a reference to one says so instead of "no key result".
    var unreadableKeyResults: [String: SourceLocation] = [:]
}

/// What one file contributed: a PRD, an objective, or nothing usable, with its problems.
struct FileAnalysis: Sendable {
    /// Indirect: an analysis is copied several times on its way to the linker, and a boxed
    /// payload copies as one reference instead of every field of the draft.
    enum Item: Sendable {
        indirect case feature(FeatureDraft)
        indirect case objective(ObjectiveDraft)
        case none
    }

    private struct Fields: Sendable {
        var path: String
        var item: Item
        var diagnostics: [Diagnostic]
        var text: String?
        var unreadable: UnreadableItem?
    }

    /// Shared until a copy is changed: a long-lived session hands 10,000 analyses from its store
    /// to the linker on every compile, and copying each field retained eight references apiece
    /// (a fifth of an editor's keystroke-to-diagnostics time on 10,000 PRDs).
    private final class Box: @unchecked Sendable {
        // Mutated only through `fields` below, after `isKnownUniquelyReferenced`.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    init(path: String, item: Item, diagnostics: [Diagnostic], text: String?, unreadable: UnreadableItem? = nil) {
        box = Box(Fields(path: path, item: item, diagnostics: diagnostics, text: text, unreadable: unreadable))
    }

    var path: String {
        get { box.fields.path }
        set { fields.path = newValue }
    }

    var item: Item {
        get { box.fields.item }
        set { fields.item = newValue }
    }

    var diagnostics: [Diagnostic] {
        get { box.fields.diagnostics }
        set { fields.diagnostics = newValue }
    }

    /// The decoded text, kept so diagnostics can quote their line.
    var text: String? {
        get { box.fields.text }
        set { fields.text = newValue }
    }

    /// What is known of a file that gave no item, so references to it can say it is unreadable.
    var unreadable: UnreadableItem? {
        get { box.fields.unreadable }
        set { fields.unreadable = newValue }
    }
}
