import CGit2

/// A commit object: `tree`, `parent`s and the committer's time parsed at once (all a walk
/// needs), people and message on demand. Byte by byte, without Foundation: a history has tens
/// of thousands of commits.
struct RawCommit: @unchecked Sendable {
    let bytes: [UInt8]
    private(set) var tree: git_oid
    private(set) var parents: [git_oid] = []
    /// Committer time, for ordering.
    private(set) var time: Int64 = 0

    /// Who wrote and committed it, and the message's first paragraph on one line (as
    /// `git log --oneline` and libgit2 show it).
    struct Details {
        var author = HistorySignature(name: "", email: "", time: 0, offsetMinutes: 0)
        var committer = HistorySignature(name: "", email: "", time: 0, offsetMinutes: 0)
        var summary = ""
    }

    /// Nil when there is no valid `tree` header.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        var found: git_oid?
        var lines = Lines(bytes)
        while let range = lines.next(), !range.isEmpty {
            let header = bytes[range]
            if Self.starts(header, "tree ") { found = Self.oid(header.dropFirst(5)) }
            else if Self.starts(header, "parent ") { if let parent = Self.oid(header.dropFirst(7)) { parents.append(parent) } }
            else if Self.starts(header, "committer ") { time = Self.signature(header.dropFirst(10)).time }
        }
        guard let found else { return nil }
        tree = found
    }

    /// The same commit as a root: the cut of a shallow clone.
    func withoutParents() -> RawCommit {
        var copy = self
        copy.parents = []
        return copy
    }

    func details() -> Details {
        var details = Details()
        var lines = Lines(bytes)
        while let range = lines.next(), !range.isEmpty {
            let header = bytes[range]
            if header.first == 0x20 { continue }  // a continuation of a multi-line header (gpgsig)
            if Self.starts(header, "author ") { details.author = Self.signature(header.dropFirst(7)) }
            else if Self.starts(header, "committer ") { details.committer = Self.signature(header.dropFirst(10)) }
        }
        var paragraph: [String] = []
        while let range = lines.next() {
            let text = Self.trimmed(bytes[range])
            if text.isEmpty { if paragraph.isEmpty { continue } else { break } }
            paragraph.append(String(decoding: text, as: UTF8.self))
        }
        details.summary = paragraph.joined(separator: " ")
        return details
    }

    /// The lines of the object, as ranges without their newline.
    private struct Lines {
        let bytes: [UInt8]
        var position = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        mutating func next() -> Range<Int>? {
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            defer { position += 1 }
            return start..<position
        }
    }

    private static func starts(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let start = line.startIndex
        for i in 0..<count where line[start + i] != prefix.utf8Start[i] { return false }
        return true
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 || first == 0x0D { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
        return slice
    }

    private static func oid(_ hex: ArraySlice<UInt8>) -> git_oid? {
        GitObjectID.parse(String(decoding: hex.prefix(40), as: UTF8.self))
    }

    /// `Name <email> 1772359200 +0200`.
    private static func signature(_ value: ArraySlice<UInt8>) -> HistorySignature {
        guard let close = value.lastIndex(of: UInt8(ascii: ">")),
              let open = value[..<close].lastIndex(of: UInt8(ascii: "<")) else {
            return HistorySignature(name: String(decoding: trimmed(value), as: UTF8.self), email: "", time: 0, offsetMinutes: 0)
        }
        let name = String(decoding: trimmed(value[..<open]), as: UTF8.self)
        let email = String(decoding: value[(open + 1)..<close], as: UTF8.self)
        let fields = value[(close + 1)...].split(separator: 0x20)
        var time: Int64 = 0
        if let digits = fields.first { time = number(digits) ?? 0 }
        var offset = 0
        if fields.count > 1, fields[1].count == 5, let zone = number(fields[1].dropFirst()) {
            offset = Int(zone / 100 * 60 + zone % 100) * (fields[1].first == UInt8(ascii: "-") ? -1 : 1)
        }
        return HistorySignature(name: name, email: email, time: time, offsetMinutes: offset)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for digit in digits {
            guard digit >= 0x30, digit <= 0x39 else { return nil }
            value = value * 10 + Int64(digit - 0x30)
        }
        return value
    }
}
