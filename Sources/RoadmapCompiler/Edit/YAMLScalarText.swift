import RoadmapCore

/// Writes a value as YAML scalar text that reads back as the same string, in the quoting style
/// the file already uses where it can, and plain only where plain is safe.
public enum YAMLScalarText {
    /// `text` in `style`; a plain style falls back to double quotes when YAML needs them, a
    /// single-quoted one when the text holds what single quotes cannot carry (line breaks).
    public static func render(_ text: String, style: ScalarSpan.Style, inFlow: Bool = false) -> String {
        switch style {
        case .plain: isPlainSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
        case .singleQuoted: text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
            ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : doubleQuoted(text)
        case .doubleQuoted: doubleQuoted(text)
        }
    }

    public static func doubleQuoted(_ text: String) -> String { YAMLQuoting.doubleQuoted(text) }

    /// Words YAML 1.1 tools read as booleans or null; quoted so no tool reads them as such.
    private static let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Whether `text` written plainly reads back as exactly `text`, a string.
    public static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        let b = Array(text.utf8)
        guard let first = b.first, let last = b.last, first != 0x20, last != 0x20, last != UInt8(ascii: ":"),
              !reserved.contains(text.lowercased()) else { return false }
        if indicators.contains(first) {
            // `-5` is a number, not a list entry; any other indicator starts YAML syntax.
            guard first == UInt8(ascii: "-"), b.count > 1, b[1] != 0x20 else { return false }
        }
        for (i, c) in b.enumerated() {
            if c < 0x20 || c == 0x7F { return false }
            if c == UInt8(ascii: ":"), i + 1 < b.count, b[i + 1] == 0x20 { return false }
            if c == UInt8(ascii: "#"), i > 0, b[i - 1] == 0x20 { return false }
            if inFlow, [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}")].contains(c) {
                return false
            }
        }
        return true
    }
}
