/// A change to the roadmap's files that would resolve a diagnostic, as data: `roadmap fix`
/// applies it, JSON and SARIF output carry it for editors and code-scanning dashboards.
public struct Fix: Hashable, Sendable, Codable {
    /// Whether applying the fix can change what the file means.
    public enum Safety: String, Hashable, Sendable, Codable {
        /// The meaning cannot change: the only close spelling, a date written out in full.
        case safe
        /// A guess among several candidates: a person should look first.
        case unsafe
    }

    /// What the fix does, as an instruction: "replace `planed` with `planned`".
    public var title: String
    public var safety: Safety
    /// Non-overlapping edits, applied together.
    public var edits: [TextEdit]

    public init(_ title: String, safety: Safety, edits: [TextEdit]) {
        self.title = title
        self.safety = safety
        self.edits = edits
    }
}

/// Replaces a range of bytes of one file. Offsets count bytes of the file exactly as stored
/// (a byte-order mark and CR line endings included), so an edit never disturbs the rest.
public struct TextEdit: Hashable, Sendable, Codable {
    /// The file's path relative to the roadmap root, with `/` separators.
    public var path: String
    /// First byte replaced.
    public var start: Int
    /// One past the last byte replaced; equal to `start` for an insertion.
    public var end: Int
    public var replacement: String

    public init(path: String, start: Int, end: Int, replacement: String) {
        self.path = path
        self.start = start
        self.end = max(start, end)
        self.replacement = replacement
    }

    /// The bytes with this edit applied; nil when the range lies outside them.
    public func applied(to bytes: [UInt8]) -> [UInt8]? {
        guard start >= 0, end <= bytes.count else { return nil }
        return Array(bytes[..<start]) + Array(replacement.utf8) + Array(bytes[end...])
    }
}

extension Array where Element == TextEdit {
    /// The bytes with every edit applied (ranges as in the original bytes); nil when two overlap
    /// or one lies outside them.
    public func applied(to bytes: [UInt8]) -> [UInt8]? {
        // Insertions at one place keep their given order.
        let ordered = enumerated().sorted { ($0.element.start, $0.element.end, $0.offset) < ($1.element.start, $1.element.end, $1.offset) }
            .map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for edit in ordered {
            guard edit.start >= position, edit.end <= bytes.count else { return nil }
            out += bytes[position..<edit.start]
            out += edit.replacement.utf8
            position = edit.end
        }
        out += bytes[position...]
        return out
    }

    /// Whether any edit of `other` touches bytes an edit of this list touches (two insertions
    /// at one place do not: both can be made).
    public func overlaps(_ other: [TextEdit]) -> Bool {
        contains { a in
            other.contains { b in
                a.path == b.path && (a.start < b.end && b.start < a.end
                    || (a.start == a.end && a.start > b.start && a.start < b.end)
                    || (b.start == b.end && b.start > a.start && b.start < a.end)
                    || (a.start == b.start && (a.start == a.end) != (b.start == b.end)))
            }
        }
    }
}
