import RoadmapCore

/// A custom score's column in feature tables: its heading, linking to the backlog in its order.
struct ScoreColumnView: ViewModel, Sendable {
    let name: String
    let label: String
    let url: String

    init(_ score: ScoreDefinition) {
        name = score.name
        label = score.label
        url = SitePath.href(SitePath.scoreBacklog(score.name))
    }

    func value(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "label": label
        case "url": url
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(name, label, url) }
}

/// A feature's value of one custom score, formatted; `value` is absent when it has none.
struct ScoreCellView: ViewModel, Sendable {
    let label: String
    let value: String?

    func value(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": orAbsent(value)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(label, value) }
}
