import RoadmapCore

/// Writes text as a YAML value that reads back as the same string: plain when that is safe,
/// double-quoted otherwise. Filled-in titles like `Pay: faster` or `Yes` must not change meaning.
enum YAMLScalar {
    static func format(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    /// `[a, b]`, each entry written for a flow sequence.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { format($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    static func quoted(_ text: String) -> String { YAMLQuoting.doubleQuoted(text) }

    private static let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]
    private static let punctuation: Set<Character> = ["-", "_", ".", "(", ")", "/", "'", "+"]

    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        if isDateOrQuarter(text) { return true }
        guard let first = text.first, first.isLetter, text.last != " ",
              !reserved.contains(text.lowercased()), !text.contains("  ") else { return false }
        return text.allSatisfy { c in
            (c.isLetter && !c.isASCII) || (c.isASCII && (c.isLetter || c.isNumber)) || c == " "
                || punctuation.contains(c) || (!inFlow && c == ",")
        }
    }

    /// `2026-07-06` and `2026-Q3` are how the format writes days and quarters.
    private static func isDateOrQuarter(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { b[r].allSatisfy { $0 >= 48 && $0 <= 57 } }
        if b.count == 10, b[4] == 45, b[7] == 45 { return digits(0..<4) && digits(5..<7) && digits(8..<10) }
        if b.count == 7, b[4] == 45, b[5] == UInt8(ascii: "Q") { return digits(0..<4) && b[6] >= 49 && b[6] <= 52 }
        return false
    }
}
