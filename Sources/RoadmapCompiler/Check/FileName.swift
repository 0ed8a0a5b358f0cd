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
        // Builds the result in one byte buffer: this runs for every link of every body.
        var out: [UInt8] = []
        out.reserveCapacity(folder.utf8.count + relative.utf8.count + 1)
        if relative.utf8.first != slash { out.append(contentsOf: folder.utf8) }
        for part in Substring(relative).utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !out.isEmpty else { return nil }
                out.removeSubrange((out.lastIndex(of: slash) ?? 0)..<out.count)
            } else {
                if !out.isEmpty { out.append(slash) }
                out.append(contentsOf: part)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
