import Foundation

/// A file template with `{{name}}` placeholders (see `TemplateValues` for the names). No logic,
/// no loops: a placeholder is replaced by its value and anything else is copied as written, so
/// an unknown `{{name}}` stays as it is.
///
/// Inside the front matter values are written as YAML (quoted when needed, `{{okrs}}` as a
/// `[a, b]` list), so a title like `Pay: faster` cannot break the file; a placeholder the
/// template already wrapped in quotes (`"{{title}}"`) is written the same way. In the body values
/// are written as plain text and `{{sections}}` becomes one `##` heading with a prompt per section.
public struct Template: Sendable, Hashable {
    /// The template, with LF line ends.
    public var text: String

    /// A template from its text; CRLF line ends are read as LF, and the result has LF.
    public init(_ text: String) { self.text = text.replacingOccurrences(of: "\r\n", with: "\n") }

    /// The template filled with `values`; sections the roadmap requires but the template lacks
    /// are appended at the end, so the new file passes `roadmap check`.
    public func render(_ values: TemplateValues, requiredSections: [String] = []) -> String {
        var out: [Substring] = []
        var inFrontMatter = false
        var keys: Set<Substring> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line == "---", index == 0 || inFrontMatter {
                if index > 0 {
                    for (key, value) in values.addedKeys where !keys.contains(Substring(key)) {
                        out.append(Substring(key + ": " + YAMLScalar.format(value)))
                    }
                }
                inFrontMatter = index == 0
                out.append(line)
                continue
            }
            if inFrontMatter, let colon = line.firstIndex(of: ":"), line.first?.isLetter == true { keys.insert(line[..<colon]) }
            let filled = substitute(line, values, yaml: inFrontMatter)
            // `team: {{team}}` with no team leaves `team:`, not a trailing space.
            out.append(filled == line ? line : Substring(inFrontMatter ? String(filled.reversed().drop { $0 == " " }.reversed()) : filled))
        }
        return MarkdownSections.appendingMissing(requiredSections, to: out.joined(separator: "\n"))
    }

    private func substitute(_ line: Substring, _ values: TemplateValues, yaml: Bool) -> String {
        var result = ""
        var rest = line[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = values.value(named: name) else {
                result += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            var before = rest[..<open.lowerBound]
            var after = rest[close.upperBound...]
            // A placeholder the template quoted itself is written whole, quotes included.
            if yaml, let quote = before.last, quote == "\"" || quote == "'", after.first == quote {
                before = before.dropLast()
                after = after.dropFirst()
            }
            result += before + write(value, yaml: yaml)
            rest = after
        }
        return result + rest
    }

    private func write(_ value: TemplateValues.Value, yaml: Bool) -> String {
        switch (value, yaml) {
        case (.text(let text), true): text.isEmpty ? "" : YAMLScalar.format(text)
        case (.text(let text), false): text
        case (.list(let items), true), (.sections(let items), true): YAMLScalar.flowList(items)
        case (.list(let items), false): items.joined(separator: ", ")
        case (.sections(let sections), false): SectionPrompts.block(sections)
        }
    }
}
