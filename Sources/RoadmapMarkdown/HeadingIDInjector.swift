/// Adds `id` attributes to the headings of cmark's HTML output.
///
/// cmark-gfm has no heading ids. In safe mode every `<h1>`…`<h6>` in its output comes from a
/// heading node (raw HTML is omitted, text and code are escaped), and they appear in the same
/// order as the heading nodes of the rendered tree, so the n-th opening tag gets the n-th id.
enum HeadingIDInjector {
    static func inject(ids: [String], into html: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.count + ids.reduce(0) { $0 + $1.utf8.count + 6 })
        var next = 0
        var offset = 0
        while offset < html.count {
            output.append(html[offset])
            if next < ids.count, isHeadingOpen(html, at: offset) {
                output.append(html[offset + 1])  // "h"
                output.append(html[offset + 2])  // level digit
                output.append(contentsOf: #" id=""#.utf8)
                output.append(contentsOf: escapedAttribute(ids[next]).utf8)
                output.append(UInt8(ascii: "\""))
                next += 1
                offset += 3
                continue
            }
            offset += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `<h` digit `>` starting at `offset`.
    private static func isHeadingOpen(_ html: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset + 3 < html.count && html[offset] == UInt8(ascii: "<") && html[offset + 1] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[offset + 2])
            && html[offset + 3] == UInt8(ascii: ">")
    }

    /// Slugs are attribute-safe already; the caller's prefix may not be.
    private static func escapedAttribute(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
