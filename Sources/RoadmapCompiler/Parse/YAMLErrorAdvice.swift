import RoadmapCore
import Yams

/// Turns a libyaml error into a diagnostic at the line a person must change, with advice for the
/// mistake it most likely is. libyaml reports where it noticed the problem, and for an open block
/// it names where that block began; which of the two is the mistake depends on the problem.
struct YAMLErrorAdvice {
    let yaml: Substring
    let firstLine: Int
    let path: String

    private static let generalHelp = "check the indentation and quoting near this place; quote values that contain `: ` or start with a special character"

    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let noticed = place(mark.line, mark.column)
            let line = text(ofLine: mark.line)
            if let quoted = quotedThenContinued(line, column: mark.column) { return quoted(noticed) }
            let scalars = Array(line.unicodeScalars)
            let colon = keyColon(scalars)
            // A block left open lines above, noticed at the start of a key: that key is mis-indented.
            if let context, context.text.contains("block"), context.mark.line < mark.line, mark.column - 1 == indentation(line),
               let key = misindentedKey(line, line: mark.line) {
                return key
            }
            if problem.contains("mapping values are not allowed") {
                // At the line's own key: it is indented deeper than any mapping it could belong to.
                if colon == mark.column - 1, let key = misindentedKey(line, line: mark.line) { return key }
                if let colon { return colonInValue(scalars, colon: colon, line: mark.line) }
            }
            if problem.contains("expected ',' or '}'"), context.map({ $0.mark.line == mark.line }) ?? true,
               let comma = missingComma(line, line: mark.line, column: mark.column) {
                return comma
            }
            if problem.contains("could not find expected ':'"), let context, let noColon = missingColon(context.mark.line) {
                return noColon
            }
            // A block mapping or list goes wrong on the line YAML noticed, never where the block began.
            if let context, context.text.contains("block"), context.mark.line < mark.line {
                return strayText(line, line: mark.line, column: mark.column)
            }
            // An unclosed list, mapping or quote is noticed lines later; the mistake is where it opened.
            if let context, context.mark.line < mark.line {
                return Diagnostic(
                    .yamlSyntax, "invalid YAML: \(problem) \(context.text)", at: place(context.mark.line, context.mark.column),
                    help: "close it on the line where it starts (a `[` needs its `]`, a quote its closing quote)",
                    notes: [.init("YAML noticed the problem here", at: noticed)])
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return Diagnostic(.yamlSyntax, message, at: noticed, help: Self.generalHelp)
        case let .reader(problem, _, _, _):
            return Diagnostic(.yamlSyntax, "invalid YAML: \(problem)", at: SourceLocation(path: path, line: firstLine), help: Self.generalHelp)
        default:
            return Diagnostic(.yamlSyntax, "invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine), help: Self.generalHelp)
        }
    }

    private func place(_ line: Int, _ column: Int, length: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line + firstLine - 1, column: column, length: length)
    }

    /// Line `n` (1-based) of the YAML.
    private func text(ofLine n: Int) -> Substring {
        var current = 1
        var start = yaml.startIndex
        while current < n {
            guard let newline = yaml[start...].firstIndex(of: "\n") else { return "" }
            start = yaml.index(after: newline)
            current += 1
        }
        return yaml[start..<(yaml[start...].firstIndex(of: "\n") ?? yaml.endIndex)]
    }

    private func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }

    /// `title: "Where" tickets`: a value that opens with a quoted part and goes on after it. YAML
    /// reads the quotes as the whole value; the fix is to quote all of it.
    private func quotedThenContinued(_ line: Substring, column: Int) -> ((SourceLocation) -> Diagnostic)? {
        let scalars = Array(line.unicodeScalars)
        guard let colon = keyColon(scalars) else { return nil }
        var start = colon + 1
        while start < scalars.count, scalars[start] == " " { start += 1 }
        guard start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" else { return nil }
        let quote = scalars[start]
        var end = start + 1
        while end < scalars.count {
            if scalars[end] == "\\", quote == "\"" { end += 2; continue }
            if scalars[end] == quote {
                if quote == "'", end + 1 < scalars.count, scalars[end + 1] == "'" { end += 2; continue }
                break
            }
            end += 1
        }
        // The problem must be noticed after the closing quote, on text that follows it.
        guard end < scalars.count, column - 1 > end else { return nil }
        var valueEnd = scalars.count
        if let comment = (end..<scalars.count).first(where: { scalars[$0] == "#" && scalars[$0 - 1] == " " }) { valueEnd = comment }
        while valueEnd > start, scalars[valueEnd - 1] == " " { valueEnd -= 1 }
        let value = String(String.UnicodeScalarView(scalars[start..<valueEnd]))
        let key = String(String.UnicodeScalarView(scalars[indentationCount(scalars)..<colon]))
        let whole = quote == "\"" ? "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            : "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let lineNumber = lineNumber(of: line)
        return { _ in
            Diagnostic(
                .yamlSyntax, "the value of `\(key)` starts with a quoted part and goes on after the closing quote",
                at: self.place(lineNumber, start + 1, length: valueEnd - start),
                help: "quote the whole value: `\(key): \(whole)`")
        }
    }

    private func indentationCount(_ scalars: [Unicode.Scalar]) -> Int {
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "-" { i += 1 }
        return i
    }

    /// The index of the `:` that ends the line's key, when the line is `key: ...` (or `- key: ...`).
    private func keyColon(_ scalars: [Unicode.Scalar]) -> Int? {
        let start = indentationCount(scalars)
        guard start < scalars.count, scalars[start] != "\"", scalars[start] != "'", scalars[start] != "#" else { return nil }
        for i in start..<scalars.count {
            if scalars[i] == ":", i + 1 == scalars.count || scalars[i + 1] == " " { return i }
            if scalars[i] == " " || scalars[i] == "[" || scalars[i] == "{" { return nil }
        }
        return nil
    }

    /// The line number within the YAML of a line returned by `text(ofLine:)`.
    private func lineNumber(of line: Substring) -> Int {
        yaml[yaml.startIndex..<line.startIndex].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// A `key:` line indented differently from the keys of the mapping it belongs to.
    private func misindentedKey(_ line: Substring, line n: Int) -> Diagnostic? {
        let scalars = Array(line.unicodeScalars)
        guard let colon = keyColon(scalars), !line.drop(while: { $0 == " " }).hasPrefix("- ") else { return nil }
        let indent = indentation(line)
        let key = String(String.UnicodeScalarView(scalars[indent..<colon]))
        // The keys it most likely belongs with: those of the nearest line above that holds a key.
        var expected: Int? = nil
        var neighbour: Int? = nil
        var above = n - 1
        while above >= 1, expected == nil {
            let previous = text(ofLine: above)
            let trimmed = previous.drop(while: { $0 == " " })
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                let base = indentation(previous)
                expected = trimmed.hasPrefix("- ") ? base + 2 : base
                neighbour = above
            }
            above -= 1
        }
        if expected == indent || expected == nil {
            // Indented like its neighbour: the line above is the odd one, text YAML joins to this key.
            return neighbour.flatMap(notAField)
        }
        let help: String
        if expected == 0 {
            help = "start `\(key):` at the beginning of the line, like the key above it"
        } else if let expected, expected != indent {
            help = "indent `\(key):` by \(expected) space\(expected == 1 ? "" : "s"), like the key above it, or by as many as the keys of the mapping it belongs to"
        } else {
            help = "indent `\(key):` like the other keys of the mapping it belongs to"
        }
        return Diagnostic(
            .yamlSyntax, "`\(key):` is indented \(indent) space\(indent == 1 ? "" : "s"), which fits no mapping above it",
            at: place(n, indent + 1, length: key.unicodeScalars.count), help: help)
    }

    /// `title: Pay: faster`: a `: ` inside a plain value reads as a second key.
    private func colonInValue(_ scalars: [Unicode.Scalar], colon: Int, line n: Int) -> Diagnostic {
        var start = colon + 1
        while start < scalars.count, scalars[start] == " " { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1] == " " { end -= 1 }
        let key = String(String.UnicodeScalarView(scalars[indentationCount(scalars)..<colon]))
        let value = String(String.UnicodeScalarView(scalars[start..<end]))
        let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return Diagnostic(
            .yamlSyntax, "the value of `\(key)` contains `: `, which YAML reads as the start of another key",
            at: place(n, start + 1, length: max(1, end - start)), help: "quote the whole value: `\(key): \(quoted)`")
    }

    /// Text where a block expects the next key or list item: at the start of a line (` ]`, `,key:`),
    /// or after a value that ended (`tags: [a, b] c`).
    private func strayText(_ line: Substring, line n: Int, column: Int) -> Diagnostic {
        let scalars = Array(line.unicodeScalars)
        let indent = indentation(line)
        if column - 1 <= indent || keyColon(scalars) == nil {
            let first = indent < scalars.count ? String(scalars[indent]) : ""
            return Diagnostic(
                .yamlSyntax, "this line does not start with a `key:` or a `- ` list item", at: place(n, indent + 1),
                help: first.isEmpty ? "indent the line like the lines around it"
                    : "remove the stray `\(first)`, or indent the line like the lines around it")
        }
        let colon = keyColon(scalars)!
        let key = String(String.UnicodeScalarView(scalars[indentationCount(scalars)..<colon]))
        let start = min(max(column - 1, 0), scalars.count)
        var end = scalars.count
        while end > start, scalars[end - 1] == " " { end -= 1 }
        let rest = String(String.UnicodeScalarView(scalars[start..<end]))
        return Diagnostic(
            .yamlSyntax, "there is more after the value of `\(key)`\(rest.isEmpty ? "" : ": `\(rest)`")",
            at: place(n, start + 1, length: max(1, end - start)),
            help: "a value ends at its closing bracket or quote; remove or move what follows, or quote the whole value")
    }

    /// Line `n`, which has text but no `key: ` (`id:_ x`, `quarter 2026-Q3`).
    private func notAField(_ n: Int) -> Diagnostic? {
        let line = text(ofLine: n)
        let scalars = Array(line.unicodeScalars)
        let indent = indentationCount(scalars)
        guard indent < scalars.count, keyColon(scalars) == nil, scalars[indent] != "#" else { return nil }
        return Diagnostic(
            .yamlSyntax, "this line is not a `key: value` field, so YAML reads it as text running on into the next line",
            at: place(n, indent + 1, length: scalars.count - indent),
            help: "write it as `key: value`, with a space after the colon")
    }

    /// `quarter 2026-Q3`: a key without its colon.
    private func missingColon(_ n: Int) -> Diagnostic? {
        let line = text(ofLine: n)
        let words = line.drop(while: { $0 == " " || $0 == "-" }).split(separator: " ", maxSplits: 1)
        guard let key = words.first, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return notAField(n) }
        let indent = line.prefix { $0 == " " || $0 == "-" }.unicodeScalars.count
        let fixed = words.count > 1 ? "\(key): \(words[1])" : "\(key): ..."
        return Diagnostic(
            .yamlSyntax, "`\(key)` has no `:` after it", at: place(n, indent + 1, length: key.unicodeScalars.count),
            help: "write `\(fixed)`")
    }

    /// `{ reach: 1 impact: 2 }`: the entry before the noticed one has no comma after it. YAML
    /// notices at the colon of the key that should have followed a comma.
    private func missingComma(_ line: Substring, line n: Int, column: Int) -> Diagnostic? {
        let scalars = Array(line.unicodeScalars)
        guard column >= 1, column <= scalars.count, scalars[column - 1] == ":" else { return nil }
        var i = min(column - 1, scalars.count) - 1
        // Back over the key YAML stopped at, to the space where the comma belongs.
        while i >= 0, scalars[i] == ":" || scalars[i] == " " { i -= 1 }
        while i >= 0, scalars[i] != " ", scalars[i] != ",", scalars[i] != "{", scalars[i] != "[" { i -= 1 }
        guard i >= 0, scalars[i] == " " else { return nil }
        var wordEnd = i + 1
        while wordEnd < scalars.count, scalars[wordEnd] != ":", scalars[wordEnd] != " " { wordEnd += 1 }
        let word = String(String.UnicodeScalarView(scalars[(i + 1)..<wordEnd]))
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else { return nil }
        return Diagnostic(
            .yamlSyntax, "a comma is missing before `\(word)`", at: place(n, i + 1),
            help: "separate the entries of `{ }` and `[ ]` with commas, like `{ reach: 1, impact: 2 }`")
    }
}
