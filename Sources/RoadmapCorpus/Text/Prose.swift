/// Paragraphs and lists made of template sentences.
enum Prose {
    /// Lines are wrapped like a person writing in an editor would, which also keeps diffs of
    /// edited PRDs small.
    static let width = 100

    /// `count` sentences from distinct templates (repeats only when the bank is smaller).
    static func sentences(_ bank: [Template], _ count: Int, _ rng: inout SplitMix64, _ topic: Topic) -> [String] {
        var picked: [String] = []
        while picked.count < count {
            for index in rng.distinct(count - picked.count, below: bank.count) {
                picked.append(bank[index].fill(&rng, topic))
            }
        }
        return picked
    }

    static func paragraph(_ bank: [Template], _ range: ClosedRange<Int>, _ rng: inout SplitMix64, _ topic: Topic) -> String {
        var parts = sentences(bank, rng.within(range), &rng, topic)
        if rng.chance(20) {
            let general = rng.pick([Sentences.context, Sentences.metric])
            parts.append(general[rng.below(general.count)].fill(&rng, topic))
        }
        return wrap(parts.joined(separator: " "))
    }

    static func bullets(_ bank: [Template], _ range: ClosedRange<Int>, _ rng: inout SplitMix64, _ topic: Topic) -> String {
        sentences(bank, rng.within(range), &rng, topic).map { "- \($0)" }.joined(separator: "\n")
    }

    static func numbered(_ bank: [Template], _ range: ClosedRange<Int>, _ rng: inout SplitMix64, _ topic: Topic) -> String {
        sentences(bank, rng.within(range), &rng, topic).enumerated()
            .map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    }

    /// A two-level list: a few headline items, each with its own detail bullets.
    static func nested(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        let heads = ["Scope", "Out of scope", "Dependencies", "Telemetry", "Support", "Design"]
        var lines: [String] = []
        for head in rng.distinct(rng.within(2...3), below: heads.count).map({ heads[$0] }) {
            lines.append("- **\(head)**")
            let bank = rng.pick([Sentences.proposal, Sentences.context, Sentences.nonGoal])
            for sentence in sentences(bank, rng.within(1...3), &rng, topic) { lines.append("  - \(sentence)") }
        }
        return lines.joined(separator: "\n")
    }

    /// A sentence with an external link, as PRDs cite dashboards and research.
    static func externalLink(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        let domain = rng.pick(ProductWords.domains)
        let slug = Slot.kebab(topic.feature)
        let what = rng.pick(["the research notes", "the dashboard", "the design review", "the incident review"])
        return "See [\(what) for \(topic.feature)](https://\(domain)/\(slug)/\(rng.within(100...9999))) for details."
    }

    /// Greedy word wrap that never starts a line with something Markdown would read as a list
    /// marker, heading or quote.
    static func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.utf8.count + 1 + word.utf8.count > width, safeLineStart(word) {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func safeLineStart(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        if "-+*#>=|`~".contains(first) { return false }
        if first.isNumber, let last = word.last, last == "." || last == ")" { return false }
        return true
    }
}
