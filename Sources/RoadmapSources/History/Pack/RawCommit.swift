import Foundation
import CGit2

/// A commit object parsed: `tree`, `parent`s, `author`, `committer` headers, then the message.
struct RawCommit {
    var tree: git_oid
    var parents: [git_oid] = []
    var author = HistorySignature(name: "", email: "", time: 0, offsetMinutes: 0)
    var committer = HistorySignature(name: "", email: "", time: 0, offsetMinutes: 0)
    /// The message's first paragraph on one line, as `git log --oneline` and libgit2 show it.
    var summary = ""

    /// Nil when there is no valid `tree` header.
    init?(_ bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, maxSplits: Int.max, omittingEmptySubsequences: false)[...]
        var tree: git_oid?
        while let line = lines.popFirst() {
            if line.isEmpty { break }
            if line.first == 0x20 { continue }  // a continuation of a multi-line header (gpgsig)
            guard let space = line.firstIndex(of: 0x20) else { continue }
            let value = line[(space + 1)...]
            switch String(decoding: line[line.startIndex..<space], as: UTF8.self) {
            case "tree": tree = Self.oid(value)
            case "parent": if let parent = Self.oid(value) { parents.append(parent) }
            case "author": author = Self.signature(value)
            case "committer": committer = Self.signature(value)
            default: break
            }
        }
        guard let tree else { return nil }
        self.tree = tree
        var paragraph: [String] = []
        for line in lines {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { if paragraph.isEmpty { continue } else { break } }
            paragraph.append(text)
        }
        summary = paragraph.joined(separator: " ")
    }

    private static func oid(_ hex: ArraySlice<UInt8>) -> git_oid? {
        GitObjectID.parse(String(decoding: hex.prefix(40), as: UTF8.self))
    }

    /// `Name <email> 1772359200 +0200`.
    private static func signature(_ value: ArraySlice<UInt8>) -> HistorySignature {
        guard let close = value.lastIndex(of: UInt8(ascii: ">")),
              let open = value[..<close].lastIndex(of: UInt8(ascii: "<")) else {
            return HistorySignature(name: String(decoding: value, as: UTF8.self), email: "", time: 0, offsetMinutes: 0)
        }
        let name = String(decoding: value[..<open], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let email = String(decoding: value[(open + 1)..<close], as: UTF8.self)
        let rest = String(decoding: value[(close + 1)...], as: UTF8.self).split(separator: " ")
        let time = rest.first.flatMap { Int64($0) } ?? 0
        var offset = 0
        if rest.count > 1, let zone = Int(rest[1].dropFirst()), rest[1].count == 5 {
            offset = (zone / 100 * 60 + zone % 100) * (rest[1].hasPrefix("-") ? -1 : 1)
        }
        return HistorySignature(name: name, email: email, time: time, offsetMinutes: offset)
    }
}
