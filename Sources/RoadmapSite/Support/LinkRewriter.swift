import RoadmapCore

/// Rewrites relative links between source files into links between pages of the site.
///
/// A body link such as `../payments/saved-cards.md#scope` in `prds/web/checkout.md` resolves
/// against the linking file's folder to `prds/payments/saved-cards.md`, which is the page
/// `prd/saved-cards.html`; the fragment is kept.
struct LinkRewriter: Sendable {
    /// Source path relative to the roadmap root -> page path relative to the site root.
    let pages: [String: String]
    /// Where the source files can be viewed, for links to files that are not pages.
    let sourceLinkBase: String?
    /// Files of items the site's audience does not see: links to them become plain text.
    var hidden: [String: AudienceView.HiddenItem] = [:]

    /// The plain text a link to a hidden item becomes (see `AudienceView.unlinkedText`); nil
    /// for a link to anything else.
    func unlinkedText(_ destination: String, text: String, from sourcePath: String) -> String? {
        guard !hidden.isEmpty else { return nil }
        let pathPart = destination.prefix { $0 != "#" && $0 != "?" }
        let decoded = LinkRewriter.percentDecode(String(pathPart)) ?? String(pathPart)
        guard let resolved = LinkRewriter.resolve(decoded, against: sourcePath), let item = hidden[resolved] else { return nil }
        return AudienceView.unlinkedText(text, for: item)
    }

    /// The new destination, relative to a page `root` levels deep; nil to leave the link alone.
    func rewrite(_ destination: String, from sourcePath: String, root: String) -> String? {
        guard let first = destination.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
              first != UInt8(ascii: "?"), !LinkRewriter.hasScheme(destination) else { return nil }
        var pathPart = Substring(destination)
        var suffix = Substring("")
        if let cut = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            pathPart = destination[..<cut]
            suffix = destination[cut...]
        }
        let decoded = LinkRewriter.percentDecode(String(pathPart)) ?? String(pathPart)
        guard let resolved = LinkRewriter.resolve(decoded, against: sourcePath) else { return nil }
        if let page = pages[resolved] {
            let fragment = suffix.firstIndex(of: "#").map { String(suffix[$0...]) } ?? ""
            return root + page + fragment
        }
        guard let base = sourceLinkBase, !resolved.isEmpty else { return nil }
        return base + HTML.percentEncodePath(resolved) + suffix
    }

    /// `folder-of(from)/relative`, normalised; nil when it climbs above the roadmap root.
    static func resolve(_ relative: String, against from: String) -> String? {
        var stack = from.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(String(part))
            }
        }
        return stack.joined(separator: "/")
    }

    /// A URL scheme is letters, digits, `+ - .` before the first colon, and starts with a letter.
    static func hasScheme(_ text: String) -> Bool {
        for (i, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: ":") { return i > 0 }
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let isOther = (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if !(isLetter || (i > 0 && isOther)) { return false }
        }
        return false
    }

    static func percentDecode(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let h = iterator.next(), let l = iterator.next(),
                      let value = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
