/// Helpers on root-relative `/`-separated paths. They work on UTF-8 bytes: splitting a `String`
/// by `Character` runs grapheme breaking, which made link checks a hot spot.
enum FileName {
    private static let slash = UInt8(ascii: "/")

    /// `prds/pay/one-page.md` -> `one-page`.
    static func stem(_ path: String) -> String {
        let utf8 = path.utf8
        let start = utf8.lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = Substring(utf8[start...])
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name)
    }

    /// `prds/pay/one-page.md` -> `prds/pay`.
    static func folder(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: slash) else { return "" }
        return String(Substring(path.utf8[..<slash]))
    }

    /// Resolves `relative` against `folder`, lexically; nil when it climbs above the root.
    static func resolve(_ relative: String, from folder: String) -> String? {
        var parts: [Substring.UTF8View] = relative.utf8.first == slash ? [] : segments(folder)
        for part in segments(relative) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var joined = ""
        for (i, part) in parts.enumerated() {
            if i > 0 { joined += "/" }
            joined += Substring(part)
        }
        return joined
    }

    private static func segments(_ text: String) -> [Substring.UTF8View] {
        Substring(text).utf8.split(separator: slash, omittingEmptySubsequences: true).map { Substring($0).utf8 }
    }
}
