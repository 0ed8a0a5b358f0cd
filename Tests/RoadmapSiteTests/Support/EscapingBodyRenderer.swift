import RoadmapSite

/// A stand-in for the cmark-backed renderer: every line becomes an escaped paragraph, and
/// `[text](destination)` becomes a link whose destination goes through `rewriteLink`, or
/// the text `unlink` gives.
struct EscapingBodyRenderer: BodyRenderer {
    func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?,
                unlink: @Sendable (String, String) -> String?) -> String {
        var html = ""
        for line in markdown.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            html += "<p>" + renderLine(String(line), rewriteLink, unlink) + "</p>\n"
        }
        return html
    }

    private func renderLine(_ line: String, _ rewrite: (String) -> String?, _ unlink: (String, String) -> String?) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "["), let mid = rest[open...].range(of: "]("),
              let close = rest[mid.upperBound...].firstIndex(of: ")") {
            out += escape(String(rest[..<open]))
            let text = rest[rest.index(after: open)..<mid.lowerBound]
            let destination = String(rest[mid.upperBound..<close])
            if let plain = unlink(destination, String(text)) {
                out += escape(plain)
            } else {
                let href = rewrite(destination) ?? destination
                out += "<a href=\"\(escape(href))\">\(escape(String(text)))</a>"
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + escape(String(rest))
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
