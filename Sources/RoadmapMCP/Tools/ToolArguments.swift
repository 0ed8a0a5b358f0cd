import MCP
import RoadmapCore

/// A tool call's arguments, read with the checks an assistant needs to correct itself: an
/// unknown name, a missing required argument or a value of the wrong type is a `ToolFailure`
/// that says which argument and what it takes.
struct ToolArguments: Sendable {
    let tool: String
    private let values: [String: Value]

    /// `known`: the names the tool's schema lists.
    init(tool: String, values: [String: Value]?, known: Set<String>) throws(ToolFailure) {
        self.tool = tool
        self.values = values ?? [:]
        let unknown = self.values.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            let list = known.isEmpty ? "it takes no arguments" : "it takes: " + known.sorted().joined(separator: ", ")
            throw ToolFailure("\(tool) has no argument \(unknown.map { "`\($0)`" }.joined(separator: ", ")); \(list)")
        }
    }

    /// Whether the argument was given (and is not null).
    func has(_ name: String) -> Bool { values[name].map { !$0.isNull } ?? false }

    func string(_ name: String) throws(ToolFailure) -> String? {
        guard let value = present(name) else { return nil }
        guard case .string(let text) = value else { throw wrongType(name, "a string", value) }
        return text
    }

    func requiredString(_ name: String) throws(ToolFailure) -> String {
        guard let text = try string(name), !text.isEmpty else { throw ToolFailure("\(tool) needs the argument `\(name)`") }
        return text
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ name: String) throws(ToolFailure) -> [String] {
        guard let value = present(name) else { return [] }
        if case .string(let one) = value { return [one] }
        guard case .array(let items) = value else { throw wrongType(name, "a list of strings", value) }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw wrongType(name, "a list of strings", value) }
            result.append(text)
        }
        return result
    }

    func bool(_ name: String) throws(ToolFailure) -> Bool {
        guard let value = present(name) else { return false }
        guard case .bool(let flag) = value else { throw wrongType(name, "true or false", value) }
        return flag
    }

    func integer(_ name: String) throws(ToolFailure) -> Int? {
        guard let value = present(name) else { return nil }
        if case .int(let number) = value { return number }
        if case .double(let number) = value, number == number.rounded(), abs(number) < 1e15 { return Int(number) }
        throw wrongType(name, "a whole number", value)
    }

    /// A `YYYY-MM-DD` day.
    func day(_ name: String) throws(ToolFailure) -> CalendarDate? {
        guard let text = try string(name) else { return nil }
        guard let day = CalendarDate(iso: text) else { throw ToolFailure("`\(name)` expects a day written YYYY-MM-DD, not '\(text)'") }
        return day
    }

    /// A value a file holds as text, given as a string or a number (`52000`, `66.5`).
    func text(_ name: String) throws(ToolFailure) -> String? {
        guard let value = present(name) else { return nil }
        guard let text = Self.text(of: value) else { throw wrongType(name, "a string or a number", value) }
        return text
    }

    /// An object of names to text values, in name order (so the same call always edits alike).
    func fields(_ name: String) throws(ToolFailure) -> [(name: String, value: String)] {
        guard let value = present(name) else { return [] }
        guard case .object(let members) = value else { throw wrongType(name, "an object of field names to values", value) }
        var result: [(name: String, value: String)] = []
        for key in members.keys.sorted() {
            guard let member = members[key], let text = Self.text(of: member) else {
                throw ToolFailure("`\(name).\(key)` must be a string or a number")
            }
            result.append((key, text))
        }
        return result
    }

    private func present(_ name: String) -> Value? {
        guard let value = values[name], !value.isNull else { return nil }
        return value
    }

    private static func text(of value: Value) -> String? {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: return nil
        }
    }

    private func wrongType(_ name: String, _ expected: String, _ value: Value) -> ToolFailure {
        ToolFailure("`\(name)` must be \(expected), not \(value)")
    }
}
