import RoadmapCore
import Yams

/// Reads `audiences` in `roadmap.yml`:
/// `{ public: { show: [public], hide_fields: [owner, rice], drop_sections: [Internal notes], say_hidden: true } }`.
/// Every mistake is RM818 (RM819 for a field that cannot be hidden), and an audience with a
/// mistake is left out: a misread audience could show more than was meant, a missing one shows nothing.
enum AudiencesConfigReader {
    static let keys = ["show", "hide_fields", "drop_sections", "say_hidden"]
    /// Fields that place or name an item: hiding them would break the pages, so an item is hidden
    /// whole (with `visibility`) instead.
    static let structuralFields = ["id", "title", "status", "quarter", "horizon", "okrs", "depends_on", "period",
                                   "key_results", "visibility"]

    static func read(_ mapping: Node.Mapping, reader r: inout FieldReader) -> [Audience] {
        var audiences: [Audience] = []
        for (nameNode, value) in UniqueEntries.of(mapping, subject: "`audiences` mapping", reader: &r) {
            let name = nameNode.scalar?.string ?? ""
            let at = r.valueLocation(nameNode)
            var problems = Problems()
            if !ItemID.isValid(name) {
                problems.add("`\(name)` is not a valid audience name", at, "use lower-case letters, digits and hyphens, like `public`")
            }
            guard let fields = value.mapping else {
                problems.add("audience `\(name)` must be a mapping of its settings", FieldReader.isNull(value) ? at : r.valueLocation(value),
                             "write it like `\(name): { show: [public], hide_fields: [owner] }`")
                r.report(contentsOf: problems.diagnostics)
                continue
            }
            var audience = Audience(name: name, show: [], location: at)
            var sawShow = false
            for (keyNode, field) in UniqueEntries.of(fields, subject: "audience", reader: &r) {
                let key = keyNode.scalar?.string ?? ""
                let keyAt = r.valueLocation(keyNode)
                switch key {
                case "show":
                    sawShow = true
                    for entry in texts(field, key: key, at: keyAt, reader: r, &problems) {
                        if let visibility = Visibility(rawValue: entry.value) { audience.show.insert(visibility); continue }
                        var help = "use public, internal or confidential"
                        if let guess = Suggestion.closest(to: entry.value, among: Visibility.allCases.map(\.rawValue)) { help = "did you mean `\(guess)`? " + help }
                        problems.add("`\(entry.value)` in `show` of audience `\(name)` is not a visibility", entry.location, help)
                    }
                case "hide_fields":
                    for entry in texts(field, key: key, at: keyAt, reader: r, &problems) {
                        if structuralFields.contains(entry.value) {
                            problems.diagnostics.append(Diagnostic(
                                .unknownHiddenField, "`\(entry.value)` cannot be hidden: it places or names the item", at: entry.location,
                                help: "hide the whole item from this audience with `visibility` in its front matter instead"))
                            continue
                        }
                        audience.hideFields.insert(entry.value)
                        audience.fieldLocations[entry.value] = entry.location
                    }
                case "drop_sections":
                    for entry in texts(field, key: key, at: keyAt, reader: r, &problems) where !entry.value.isEmpty {
                        audience.dropSections.append(entry.value)
                        audience.sectionLocations[entry.value] = entry.location
                    }
                case "say_hidden":
                    switch field.scalar?.string.lowercased() {
                    case "true", "yes": audience.sayHidden = true
                    case "false", "no": audience.sayHidden = false
                    default: problems.add("`say_hidden` of audience `\(name)` must be true or false", r.valueLocation(field),
                                          "write `say_hidden: true` to let pages say how many items are not shown")
                    }
                default:
                    var help = "use \(keys.joined(separator: ", "))"
                    if let guess = Suggestion.closest(to: key, among: keys) { help = "did you mean `\(guess)`?" }
                    problems.add("`\(key)` is not a setting of an audience", keyAt, help)
                }
            }
            if !sawShow {
                problems.add("audience `\(name)` has no `show`", at, "say which visibilities it sees, like `show: [public]`")
            }
            r.report(contentsOf: problems.diagnostics)
            if problems.diagnostics.isEmpty { audiences.append(audience) }
        }
        return audiences
    }

    private struct Problems {
        var diagnostics: [Diagnostic] = []
        mutating func add(_ message: String, _ at: SourceLocation, _ help: String) {
            diagnostics.append(Diagnostic(.invalidAudience, message, at: at, help: help))
        }
    }

    /// A list of text (or one text, read as a list of one: `show: public`).
    private static func texts(_ node: Node, key: String, at: SourceLocation, reader r: FieldReader,
                              _ problems: inout Problems) -> [Located<String>] {
        if let scalar = node.scalar, !FieldReader.isNull(node) {
            return [Located(value: scalar.string.trimmedSpace(), location: r.valueLocation(node))]
        }
        guard let sequence = node.sequence else {
            problems.add("`\(key)` must be a list", FieldReader.isNull(node) ? at : r.valueLocation(node), "write it like `\(key): [a, b]`")
            return []
        }
        return sequence.compactMap { item in
            guard let scalar = item.scalar, !FieldReader.isNull(item) else {
                problems.add("each entry of `\(key)` must be text", r.valueLocation(item), "write entries like `\(key): [a, b]`")
                return nil
            }
            return Located(value: scalar.string.trimmedSpace(), location: r.valueLocation(item))
        }
    }
}
