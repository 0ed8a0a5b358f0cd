/// A sentence with `{slot}` holes, split once so filling it is a walk over parts.
struct Template: Sendable {
    enum Part: Sendable {
        case text(String)
        case slot(Slot)
    }

    let parts: [Part]

    /// Unknown `{names}` stay literal text, so a typo shows up in the output instead of crashing.
    init(_ source: String) {
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if let slot = Slot(rawValue: name) {
                if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
                parts.append(.slot(slot))
            } else {
                parts.append(.text(String(rest[...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// Whether every `{name}` in the source was a known slot.
    var isWellFormed: Bool {
        parts.allSatisfy { part in
            if case .text(let text) = part { return !text.contains("{") }
            return true
        }
    }

    func fill(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .slot(let slot): out += slot.value(&rng, topic)
            }
        }
        return Template.capitalized(out)
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
