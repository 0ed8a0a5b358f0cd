import Foundation

/// Small, independent re-implementations of the rules the corpus must satisfy.
enum Checks {
    static let statuses = ["idea", "discovery", "planned", "in-progress", "shipped", "dropped"]

    static func isID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLowerAlnum(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    private static func isLowerAlnum(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }

    /// A real `YYYY-MM-DD` day, as (year, month, day) comparable as a tuple.
    static func date(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard text.count == 10, parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        let leap = parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] - 1]
        guard (1...days).contains(parts[2]) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    static func isQuarter(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 2 && parts[0].count == 4 && Int(parts[0]) != nil && ["Q1", "Q2", "Q3", "Q4"].contains(String(parts[1]))
    }

    /// H2 headings outside fenced code blocks.
    static func h2(_ body: String) -> [String] {
        var inFence = false
        var out: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") { out.append(String(line.dropFirst(3))) }
        }
        return out
    }

    /// Destinations of `[text](destination)` links.
    static func links(_ body: String) -> [String] {
        var out: [String] = []
        var rest = Substring(body)
        while let open = rest.range(of: "](") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ")") else { break }
            out.append(String(after[..<close]))
            rest = after[close...]
        }
        return out
    }

    /// `base/../x/y.md` resolved to `x/y.md`-style paths relative to the corpus root.
    static func resolve(_ link: String, from path: String) -> String {
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for piece in link.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// True when following `depends_on` never returns to where it started.
    static func isAcyclic(_ graph: [String: [String]]) -> Bool {
        var state: [String: Int] = [:]
        func visit(_ node: String) -> Bool {
            if state[node] == 2 { return true }
            if state[node] == 1 { return false }
            state[node] = 1
            for next in graph[node] ?? [] where !visit(next) { return false }
            state[node] = 2
            return true
        }
        return graph.keys.sorted().allSatisfy(visit)
    }
}
