import RoadmapCore

/// The roadmap as Mermaid diagrams for Markdown that renders them (GitHub, GitLab, many wikis):
/// a Gantt chart of the PRDs with dates, one section per team, and the dependency graph.
public struct MermaidExport: Sendable {
    public init() {}

    /// Both diagrams, each in its own fenced block under a heading, ready to paste.
    public func render(_ roadmap: Roadmap) -> String {
        "## Timeline\n\n```mermaid\n" + gantt(roadmap) + "```\n\n## Dependencies\n\n```mermaid\n" + graph(roadmap) + "```\n"
    }

    /// PRDs with a due day: a bar from `start` to `due`, or a milestone on `due` without a start.
    public func gantt(_ roadmap: Roadmap) -> String {
        var out = "gantt\n    title \(Self.label(roadmap.config.title))\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n"
        let dated = roadmap.features.filter { $0.due != nil }
        let byTeam = Dictionary(grouping: dated) { $0.team ?? "" }
        let done = Set(roadmap.config.doneStatuses), active = Set(roadmap.config.activeStatuses)
        for team in byTeam.keys.sorted(by: { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }) {
            out += "    section \(Self.label(team.isEmpty ? "No team" : team))\n"
            let features = (byTeam[team] ?? []).sorted { ($0.start ?? $0.due!, $0.id) < ($1.start ?? $1.due!, $1.id) }
            for feature in features {
                guard let due = feature.due else { continue }
                var tags: [String] = []
                if done.contains(feature.status) { tags.append("done") } else if active.contains(feature.status) { tags.append("active") }
                let when: String
                if let start = feature.start, start <= due {
                    when = "\(start), \(due)"
                } else {
                    tags.append("milestone")
                    when = "\(due), 0d"
                }
                out += "    \(Self.label(feature.title)) :" + (tags + [when]).joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// Every PRD that depends on another or is depended on, with an arrow from the PRD that must
    /// come first to the one waiting for it. Node ids are positions, so no title can break them.
    public func graph(_ roadmap: Roadmap) -> String {
        var out = "graph LR\n"
        let linked = roadmap.features.filter { !$0.dependsOn.isEmpty || !$0.dependents.isEmpty }.sorted { $0.id < $1.id }
        var node: [ItemID: String] = [:]
        for (index, feature) in linked.enumerated() { node[feature.id] = "p\(index + 1)" }
        let done = Set(roadmap.config.doneStatuses)
        for feature in linked {
            guard let id = node[feature.id] else { continue }
            out += "    \(id)[\"\(Self.label(feature.title))<br>\(Self.label(feature.status))\"]\n"
        }
        for feature in linked {
            guard let to = node[feature.id] else { continue }
            for dependency in feature.dependsOn.sorted() {
                guard let from = node[dependency] else { continue }
                out += "    \(from) --> \(to)\n"
            }
        }
        let finished = linked.filter { done.contains($0.status) }.compactMap { node[$0.id] }
        if !finished.isEmpty {
            out += "    classDef done fill:#dafbe1,stroke:#1a7f37\n    class \(finished.joined(separator: ",")) done\n"
        }
        return out
    }

    /// Text safe inside a Mermaid label or task name: one line, with Mermaid's entity codes for
    /// every character that could end the label, start a comment or markup (`"`, `#`, `;`, `:`,
    /// brackets, `<`, `>`, `&`, backtick, `%`).
    static func label(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "#": out += "#35;"
            case ";": out += "#59;"
            case ":": out += "#58;"
            case "\"": out += "#quot;"
            case "'": out += "#39;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "(": out += "#40;"
            case ")": out += "#41;"
            case "{": out += "#123;"
            case "}": out += "#125;"
            case "`": out += "#96;"
            case "%": out += "#37;"
            case "|": out += "#124;"
            default: out.append(c.isNewline ? " " : c)
            }
        }
        return out
    }
}
