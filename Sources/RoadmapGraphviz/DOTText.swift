/// Text made safe for a double-quoted DOT string that Graphviz shows as a label or tooltip.
///
/// DOT itself only needs `"` and `\` escaped, but Graphviz then reads escapes of its own in
/// labels (`\N`, `\G`, `\l`, …) and entities (`&amp;`). So every character that could end the
/// string, start an entity or become markup is written as an entity here, a backslash as `\\`,
/// and line breaks and other
/// control characters become spaces: whatever a title holds, the SVG shows it as plain text.
enum DOTText {
    static func quoted(_ text: String) -> String { "\"" + escape(text) + "\"" }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Graphviz turns entities back into characters before it reads its escapes, so a
            // backslash needs DOT's own escape.
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// At most `limit` characters, with an ellipsis when cut: nodes have a fixed size.
    static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
