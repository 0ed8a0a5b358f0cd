/// The holes a template may contain, and how each one is filled.
enum Slot: String, Sendable, CaseIterable {
    case feature, otherFeature, persona, otherPersona, system, otherSystem, team, pain, goal
    case manual, verb, qualifier, risk, mitigation, percent, count, small, minutes, weeks, days
    case flag, endpoint, person, quarter, metric, tag, money, version, table, column

    func value(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        switch self {
        case .feature: topic.feature
        case .otherFeature: rng.pick(ProductWords.features)
        case .persona: topic.persona
        case .otherPersona: rng.pick(ProductWords.personas)
        case .system: topic.system
        case .otherSystem: rng.pick(ProductWords.systems)
        case .team: topic.team
        case .pain: rng.pick(ProductWords.pains)
        case .goal: rng.pick(ProductWords.goals)
        case .manual: rng.pick(ProductWords.manualTasks)
        case .verb: rng.pick(ProductWords.verbs)
        case .qualifier: rng.pick(ProductWords.qualifiers)
        case .risk: rng.pick(ProductWords.risks)
        case .mitigation: rng.pick(ProductWords.mitigations)
        case .percent: String(rng.within(3...64))
        case .count: Slot.grouped(rng.within(12...980) * 10)
        case .small: String(rng.within(5...30))
        case .minutes: String(rng.within(2...45))
        case .weeks: String(rng.within(2...12))
        case .days: String(rng.within(3...40))
        case .flag: "`\(Slot.snake(topic.feature))_\(rng.pick(["v2", "beta", "rollout", "enabled"]))`"
        case .endpoint: "`/v\(rng.within(1...3))/\(Slot.kebab(rng.pick(ProductWords.features)))`"
        case .person: Names.person(rng.below(750))
        case .quarter: "Q\(rng.within(1...4))"
        case .metric: topic.metrics.isEmpty ? "\(topic.feature) adoption" : rng.pick(topic.metrics)
        case .tag: rng.pick(Names.tags)
        case .money: "$\(Slot.grouped(rng.within(2...400) * 1000))"
        case .version: "\(rng.within(1...9)).\(rng.within(0...20))"
        case .table: "`\(Slot.snake(rng.pick(ProductWords.features)))s`"
        case .column: "`\(rng.pick(["created_at", "account_id", "status", "amount_cents", "region", "plan_id"]))`"
        }
    }

    /// `12400` as `12,400`.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var out: [Character] = []
        while digits.count > 3 {
            out = [","] + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return String(digits + out)
    }

    static func snake(_ phrase: String) -> String {
        String(phrase.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    static func kebab(_ phrase: String) -> String {
        String(phrase.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
