import Foundation
import RoadmapCore
import Yams

/// Reads the fields of one front-matter mapping by name, reporting every problem it meets:
/// duplicate keys, unknown keys (with a suggestion), missing required fields and wrong types.
/// Reading never fails; a field that cannot be read is nil and a diagnostic says why.
struct FieldReader {
    let path: String
    /// What the mapping describes, for messages: "PRD", "objective", "key result".
    let subject: String
    /// Where the mapping starts; missing fields are reported here.
    let anchor: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    private var fields: [String: (key: Node, value: Node)] = [:]
    /// Makes fixes for the diagnostics, when the file's bytes are known.
    let fixes: FixBuilder?

    init(_ mapping: Node.Mapping, known: [String], subject: String, path: String, lineOffset: Int, anchor: SourceLocation,
         fixes: FixBuilder? = nil) {
        self.path = path
        self.subject = subject
        self.anchor = anchor
        self.lineOffset = lineOffset
        self.fixes = fixes
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(Diagnostic(.wrongType, "a key of this \(subject) is not text", at: location(of: key),
                                              help: "keys are plain words like `title`"))
                continue
            }
            if let first = fields[name] {
                diagnostics.append(Diagnostic(
                    .duplicateKey, "`\(name)` is given twice in this \(subject)", at: location(of: key, length: name.count),
                    help: "keep one `\(name)`; YAML would silently keep only the last",
                    notes: [.init("first given here", at: location(of: first.key, length: name.count))]))
                continue
            }
            fields[name] = (key, value)
            if !known.contains(name) {
                var help = "remove it, or check its spelling; known fields: \(known.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: name, among: known) { help = "did you mean `\(guess)`?" }
                // Renaming to a key the mapping already has would make a duplicate, not a fix.
                let at = location(of: key, length: name.count)
                // Whether a new key must be quoted for a `{ ... }` mapping; Yams 5.0.1 loses a
                // mapping's style, so it is read from the text (only here, off the hot path).
                let inFlow = mapping.mark.map { mark in
                    fixes?.map.opensFlow(at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)) ?? false
                } ?? false
                let present = Set(mapping.compactMap { $0.key.scalar?.string })
                let fixes = self.fixes?.replacing(Located(value: name, location: at), withOneOf: known, taken: present, inFlow: inFlow) ?? []
                diagnostics.append(Diagnostic(.unknownKey, "`\(name)` is not a field of a \(subject)",
                                              at: at, help: help, fixes: fixes))
            }
        }
    }

    let lineOffset: Int

    func location(of node: Node, length: Int = 1) -> SourceLocation {
        guard let mark = node.mark else { return anchor }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column, length: length)
    }

    /// The value's place, underlining a scalar's text when it is on one line.
    func valueLocation(_ node: Node) -> SourceLocation {
        if let scalar = node.scalar, !scalar.string.utf8.contains(0x0A) {
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return location(of: node, length: scalar.string.unicodeScalars.count + (quoted ? 2 : 0))
        }
        return location(of: node)
    }

    func has(_ key: String) -> Bool { fields[key].map { !FieldReader.isNull($0.value) } ?? false }

    func keyLocation(_ key: String) -> SourceLocation? { fields[key].map { location(of: $0.key, length: key.count) } }

    /// The raw node of a present, non-null field.
    func node(_ key: String) -> Node? {
        guard let field = fields[key], !FieldReader.isNull(field.value) else { return nil }
        return field.value
    }

    /// Every key present, for keeping unknown fields as extras.
    var keys: [String] { fields.keys.sorted() }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func missing(_ key: String, example: @autoclosure () -> String) {
        let empty = fields[key] != nil
        report(Diagnostic(
            .missingField, empty ? "`\(key)` of this \(subject) is empty" : "this \(subject) has no `\(key)`",
            at: fields[key].map { location(of: $0.key, length: key.count) } ?? anchor,
            help: "add `\(key): \(example())`"))
    }

    /// A text field. Numbers and dates written plainly are accepted as their text.
    mutating func text(_ key: String, required: Bool = false, example: @autoclosure () -> String = "...") -> Located<String>? {
        guard let value = node(key) else {
            if required { missing(key, example: example()) }
            return nil
        }
        guard let scalar = value.scalar else {
            wrongType(key, value, expected: "text")
            return nil
        }
        let trimmed = scalar.string.trimmedSpace()
        if trimmed.isEmpty {
            if required { missing(key, example: example()) }
            return nil
        }
        return Located(value: trimmed, location: valueLocation(value))
    }

    /// A list of text; a single text where a list belongs is RM202.
    mutating func textList(_ key: String, example: String) -> [Located<String>] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else {
            let shown = value.scalar.map { "`\($0.string)`" } ?? "a mapping"
            let at = value.mapping != nil ? (keyLocation(key) ?? valueLocation(value)) : valueLocation(value)
            report(Diagnostic(.wrongType, "`\(key)` must be a list, not \(shown)", at: at,
                              help: "write a list, like `\(key): [\(value.scalar?.string ?? example)]`"))
            return []
        }
        return sequence.compactMap { item in
            guard let scalar = item.scalar, !FieldReader.isNull(item) else {
                report(Diagnostic(.wrongType, "each entry of `\(key)` must be text", at: location(of: item),
                                  help: "write entries like `\(key): [\(example)]`"))
                return nil
            }
            return Located(value: scalar.string.trimmedSpace(), location: valueLocation(item))
        }
    }

    /// A number; text where a number belongs is RM202.
    mutating func number(_ key: String, required: Bool = false, example: String = "10") -> Located<Double>? {
        guard let value = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard let scalar = value.scalar, let number = FieldReader.parseNumber(scalar.string) else {
            let shown = value.scalar.map { "`\($0.string)`" } ?? (value.sequence != nil ? "a list" : "a mapping")
            report(Diagnostic(.wrongType, "`\(key)` must be a number, not \(shown)", at: valueLocation(value),
                              help: "write a plain number, like `\(key): \(example)`"))
            return nil
        }
        return Located(value: number, location: valueLocation(value))
    }

    /// The mapping under `key`, or RM202 when it is something else.
    mutating func mapping(_ key: String, example: String) -> (Node.Mapping, SourceLocation)? {
        guard let value = node(key) else { return nil }
        guard let mapping = value.mapping else {
            // A block list's own position is its first item, a line below: the key's line is the one to change.
            let at = value.sequence != nil ? (keyLocation(key) ?? valueLocation(value)) : valueLocation(value)
            report(Diagnostic(.wrongType, "`\(key)` must be a mapping of fields", at: at,
                              help: "write it like `\(key): \(example)`"))
            return nil
        }
        return (mapping, location(of: value))
    }

    /// The list under `key`, or RM202 when it is something else.
    mutating func list(_ key: String, example: String) -> [Node]? {
        guard let value = node(key) else { return nil }
        guard let sequence = value.sequence else {
            // A mapping's own position is its first key, a line below: the line to change is the key's.
            let isMapping = value.mapping != nil
            report(Diagnostic(.wrongType, "`\(key)` must be a list\(isMapping ? ", not a mapping" : "")",
                              at: isMapping ? (keyLocation(key) ?? valueLocation(value)) : valueLocation(value),
                              help: isMapping ? "start each entry with `- ` under `\(key):`, like \(example)"
                                  : "write it as a list of entries starting with `- `, like \(example)"))
            return nil
        }
        return Array(sequence)
    }

    private mutating func wrongType(_ key: String, _ value: Node, expected: String) {
        let actual = value.sequence != nil ? "a list" : "a mapping"
        report(Diagnostic(.wrongType, "`\(key)` must be \(expected), not \(actual)", at: location(of: value),
                          help: "write a single value, like `\(key): ...`"))
    }

    /// Parses YAML-style numbers: `40000`, `40_000`, `-2.5`, `1e3`. No infinities or NaN.
    static func parseNumber(_ text: String) -> Double? {
        var cleaned = text.trimmedSpace()
        if cleaned.utf8.contains(UInt8(ascii: "_")) { cleaned.removeAll { $0 == "_" } }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ "0123456789+-.eE".contains($0) }),
              let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }
}
