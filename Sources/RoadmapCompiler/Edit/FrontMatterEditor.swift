import RoadmapCore
import Yams

/// Edits one value of a file's front matter in place and leaves every other byte as it was:
/// comments, key order, quoting, flow or block style, CRLF line endings, a byte-order mark,
/// trailing spaces and the body.
///
/// Positions come from the compiler's own reading of the file (Yams marks turned into byte
/// offsets by `SourceMap`), and every edit is read back before it is returned, so an edit
/// either means exactly what was asked or is refused.
public struct FrontMatterEditor {
    /// One step into the front matter: a key of a mapping, or the entry of a list whose `id` is given.
    public enum Step: Hashable, Sendable, CustomStringConvertible {
        case key(String)
        case entry(id: String)

        public var description: String {
            switch self {
            case .key(let key): key
            case .entry(let id): "[id: \(id)]"
            }
        }
    }

    /// A new value: text is quoted as YAML needs; a number is written as given.
    public enum Value: Hashable, Sendable {
        case text(String)
        case number(String)

        var raw: String {
            switch self {
            case .text(let text), .number(let text): text
            }
        }
    }

    public let path: String
    public let map: SourceMap
    private let root: Node.Mapping
    private let lineOffset: Int
    /// Where the closing `---` line starts.
    private let closingFence: Int

    /// Reads `bytes` as the compiler does; a file it cannot read is refused.
    public init(bytes: [UInt8], path: String) throws(EditRefusal) {
        self.path = path
        map = SourceMap(bytes: bytes)
        let text: String
        switch DecodedText.decode(bytes, path: path) {
        case .success(let decoded): text = decoded.text
        case .failure(let problem): throw EditRefusal(problem)
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text, path: path) {
        case .success(let split): frontMatter = split
        case .failure(let problem): throw EditRefusal(problem)
        }
        switch YAMLComposer.compose(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, path: path) {
        case .success(let mapping): root = mapping
        case .failure(let problem): throw EditRefusal(problem)
        }
        lineOffset = frontMatter.yamlFirstLine - 1
        guard let fence = map.lineStart(frontMatter.bodyFirstLine - 1) else {
            throw EditRefusal(.cannotEdit, "the end of the front matter of \(path) could not be found", at: nil)
        }
        closingFence = fence
    }

    /// The text of the scalar at `steps`, nil when there is none (or it is not a single value).
    public func value(at steps: [Step]) -> String? {
        guard let (mapping, last) = try? container(of: steps), let field = lookup(mapping, last),
              let scalar = field.value.scalar, !FieldReader.isNull(field.value) else { return nil }
        return scalar.string
    }

    /// The edit that sets the value at `steps` to `value`: the scalar replaced in its own quoting,
    /// an empty value filled in, or a missing key added after the key `order` puts before it
    /// (or before the one it puts after, or at the end of its mapping).
    public func setting(_ steps: [Step], to value: Value, order: [String] = []) throws(EditRefusal) -> TextEdit {
        let (mapping, key) = try container(of: steps)
        let edit: TextEdit
        if let field = lookup(mapping, key) {
            edit = try replacing(field, key: key, with: value, inFlow: isFlow(mapping))
        } else {
            edit = try adding(key, value, to: mapping, isRoot: steps.count == 1, order: order)
        }
        // Read the result back: it must hold exactly the new value, or nothing is written.
        guard let bytes = edit.applied(to: map.bytes), let check = try? FrontMatterEditor(bytes: bytes, path: path),
              check.value(at: steps) == value.raw else {
            throw EditRefusal(.cannotEdit, "setting `\(steps.map(\.description).joined(separator: "."))` in \(path) in place would not read back as `\(value.raw)`",
                              at: nil, help: "edit this value by hand")
        }
        return edit
    }

    // MARK: Finding the place

    private func location(of node: Node) -> SourceLocation {
        SourceLocation(path: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    /// Whether the mapping is written `{ ... }`. Read from the text: Yams 5.0.1 takes a
    /// mapping's style from its end event, which has none.
    private func isFlow(_ mapping: Node.Mapping) -> Bool {
        guard let mark = mapping.mark else { return false }
        return map.opensFlow(at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column))
    }

    private func lookup(_ mapping: Node.Mapping, _ key: String) -> (key: Node, value: Node)? {
        mapping.first { $0.key.scalar?.string == key }.map { ($0.key, $0.value) }
    }

    /// The mapping that holds the last step's key, and that key.
    private func container(of steps: [Step]) throws(EditRefusal) -> (Node.Mapping, String) {
        guard case .key(let key)? = steps.last else {
            throw EditRefusal(.cannotEdit, "nothing to set: the path must end with a field name", at: nil)
        }
        var mapping = root
        var walked: [String] = []
        var index = 0
        let parents = Array(steps.dropLast())
        while index < parents.count {
            guard case .key(let name) = parents[index] else {
                throw EditRefusal(.cannotEdit, "a list entry must follow a field name", at: nil)
            }
            walked.append(name)
            guard let field = lookup(mapping, name), !FieldReader.isNull(field.value) else {
                throw EditRefusal(.cannotEdit, "\(path) has no `\(walked.joined(separator: "."))`", at: nil,
                                  help: "add it by hand first")
            }
            if index + 1 < parents.count, case .entry(let id) = parents[index + 1] {
                guard let list = field.value.sequence else {
                    throw EditRefusal(.cannotEdit, "`\(walked.joined(separator: "."))` in \(path) is not a list", at: location(of: field.value))
                }
                guard let entry = list.compactMap(\.mapping).first(where: { $0.first { $0.key.scalar?.string == "id" }?.value.scalar?.string == id }) else {
                    throw EditRefusal(.cannotEdit, "`\(walked.joined(separator: "."))` in \(path) has no entry with id `\(id)`", at: location(of: field.value))
                }
                mapping = entry
                walked.append(id)
                index += 2
                continue
            }
            guard let nested = field.value.mapping else {
                throw EditRefusal(.cannotEdit, "`\(walked.joined(separator: "."))` in \(path) is not a mapping of fields", at: location(of: field.value))
            }
            mapping = nested
            index += 1
        }
        return (mapping, key)
    }

    // MARK: Replacing

    private func replacing(_ field: (key: Node, value: Node), key: String, with value: Value, inFlow: Bool) throws(EditRefusal) -> TextEdit {
        let at = location(of: field.value)
        if FieldReader.isNull(field.value) { return try filling(field.key, key: key, with: value, inFlow: inFlow) }
        guard let scalar = field.value.scalar else {
            let what = field.value.sequence != nil ? "a list" : "a mapping"
            throw EditRefusal(.cannotEdit, "`\(key)` in \(path) holds \(what), not a single value", at: at)
        }
        guard scalar.style != .literal, scalar.style != .folded,
              let span = map.scalarSpan(at: at, value: scalar.string) else {
            throw EditRefusal(.cannotEdit, "`\(key)` in \(path) is written over several lines; it cannot be changed in place", at: at,
                              help: "edit this value by hand")
        }
        return TextEdit(path: path, start: span.range.lowerBound, end: span.range.upperBound,
                        replacement: render(value, style: span.style, inFlow: inFlow))
    }

    /// `owner:` or `owner: ~` gets its value after the colon.
    private func filling(_ keyNode: Node, key: String, with value: Value, inFlow: Bool) throws(EditRefusal) -> TextEdit {
        let at = location(of: keyNode)
        guard let keySpan = map.scalarSpan(at: at, value: key) else {
            throw EditRefusal(.cannotEdit, "the key `\(key)` in \(path) could not be found in the text", at: at)
        }
        let bytes = map.bytes
        var i = keySpan.range.upperBound
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
            throw EditRefusal(.cannotEdit, "the key `\(key)` in \(path) is not followed by a colon", at: at)
        }
        let colon = i
        i += 1
        let lineEnd = map.lineEnd(from: i)
        while i < lineEnd, bytes[i] == 0x20 { i += 1 }
        let rendered = render(value, style: .plain, inFlow: inFlow)
        // The null word itself (`~`, `null`) is replaced; an empty value gets one space and the value.
        var end = i
        while end < lineEnd, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "}") { end += 1 }
        if end > i, bytes[i] != UInt8(ascii: "#") {
            return TextEdit(path: path, start: i, end: end, replacement: rendered)
        }
        return TextEdit(path: path, start: colon + 1, end: colon + 1, replacement: " " + rendered)
    }

    // MARK: Adding

    private func adding(_ key: String, _ value: Value, to mapping: Node.Mapping, isRoot: Bool, order: [String]) throws(EditRefusal) -> TextEdit {
        let entries = Array(mapping)
        let rank = order.firstIndex(of: key)
        let ranked = entries.enumerated().compactMap { (i, e) -> (index: Int, rank: Int)? in
            guard let name = e.key.scalar?.string, let r = order.firstIndex(of: name) else { return nil }
            return (i, r)
        }
        var after: Int? = nil, before: Int? = nil
        if let rank {
            after = ranked.filter { $0.rank < rank }.max { $0.rank < $1.rank }?.index
            if after == nil { before = ranked.filter { $0.rank > rank }.min { $0.rank < $1.rank }?.index }
        }
        if after == nil, before == nil, !entries.isEmpty { after = entries.count - 1 }
        if isFlow(mapping) {
            return try addingToFlow(key, value, entries: entries, after: after, before: before)
        }
        let lineBreak = map.lineBreak
        let rendered = render(value, style: .plain, inFlow: false)
        guard let sibling = (after ?? before).map({ entries[$0] }) else {
            // An empty front matter: the key goes just above the closing fence.
            return TextEdit(path: path, start: closingFence, end: closingFence, replacement: "\(key): \(rendered)" + lineBreak)
        }
        let indent = String(repeating: " ", count: max(0, (sibling.key.mark?.column ?? 1) - 1))
        let line = indent + "\(key): \(rendered)" + lineBreak
        let offset: Int
        if let before {
            offset = try startAboveComments(ofLineOf: entries[before].key, notAbove: nil)
        } else if let after, after + 1 < entries.count {
            offset = try startAboveComments(ofLineOf: entries[after + 1].key, notAbove: entries[after].key)
        } else if isRoot {
            offset = backOverComments(closingFence, notAbove: sibling.key)
        } else {
            offset = map.nextLineStart(from: try lastByte(of: sibling.value))
        }
        return TextEdit(path: path, start: offset, end: offset, replacement: line)
    }

    private func addingToFlow(_ key: String, _ value: Value, entries: [(key: Node, value: Node)], after: Int?, before: Int?) throws(EditRefusal) -> TextEdit {
        let rendered = render(value, style: .plain, inFlow: true)
        if let before, let start = map.offset(of: location(of: entries[before].key)) {
            return TextEdit(path: path, start: start, end: start, replacement: "\(key): \(rendered), ")
        }
        guard let after, let scalar = entries[after].value.scalar,
              let span = map.scalarSpan(at: location(of: entries[after].value), value: scalar.string) else {
            throw EditRefusal(.cannotEdit, "`\(key)` cannot be added to this `{ ... }` mapping of \(path) in place", at: nil,
                              help: "add it by hand")
        }
        return TextEdit(path: path, start: span.range.upperBound, end: span.range.upperBound, replacement: ", \(key): \(rendered)")
    }

    /// The start of the line holding `node`, moved up over the comment lines just above it (they
    /// belong to it), but not above the line of `limit`.
    private func startAboveComments(ofLineOf node: Node, notAbove limit: Node?) throws(EditRefusal) -> Int {
        guard let start = map.lineStart(location(of: node).line) else {
            throw EditRefusal(.cannotEdit, "a line of \(path) could not be found", at: nil)
        }
        return backOverComments(start, notAbove: limit)
    }

    private func backOverComments(_ lineStart: Int, notAbove limit: Node?) -> Int {
        let floor = limit.flatMap { map.lineStart(location(of: $0).line + 1) } ?? 0
        var start = lineStart
        while start > floor {
            var previous = start - 1
            if previous > 0, map.bytes[previous] == 0x0A, map.bytes[previous - 1] == 0x0D { previous -= 1 }
            var lineBegin = previous
            while lineBegin > 0, map.bytes[lineBegin - 1] != 0x0A, map.bytes[lineBegin - 1] != 0x0D { lineBegin -= 1 }
            let text = map.bytes[lineBegin..<previous].drop { $0 == 0x20 }
            guard text.first == UInt8(ascii: "#"), lineBegin >= floor else { break }
            start = lineBegin
        }
        return start
    }

    /// An offset on the last line of `node`'s text: its last scalar, for a nested block mapping.
    private func lastByte(of node: Node) throws(EditRefusal) -> Int {
        var last = node
        while true {
            if let m = last.mapping, let final = m.reversed().first { last = final.value; continue }
            if let s = last.sequence, let final = s.reversed().first { last = final; continue }
            break
        }
        if let scalar = last.scalar, scalar.style == .literal || scalar.style == .folded {
            throw EditRefusal(.cannotEdit, "a field cannot be added after a multi-line value in \(path) in place", at: location(of: last),
                              help: "add it by hand")
        }
        guard let offset = map.offset(of: location(of: last)) else {
            throw EditRefusal(.cannotEdit, "a line of \(path) could not be found", at: nil)
        }
        return offset
    }

    private func render(_ value: Value, style: ScalarSpan.Style, inFlow: Bool) -> String {
        switch value {
        case .number(let text): text
        case .text(let text): YAMLScalarText.render(text, style: style, inFlow: inFlow)
        }
    }
}

/// Why an edit was not made, as the diagnostics to show (at least one).
public struct EditRefusal: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The text the diagnostics point into, when it is not the file on disk (the edited file).
    public var texts: [String: String] = [:]

    public var diagnostic: Diagnostic { diagnostics[0] }

    public init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }

    public init(_ diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "a refusal says why")
        self.diagnostics = diagnostics
    }

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?, help: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics = [Diagnostic(code, message, at: location, help: help, notes: notes)]
    }
}
