import RoadmapCore
import RoadmapHistory

extension SiteModel {
    static func card(_ f: Feature, rank: Int?, teams: Slugger, tags: Slugger, statuses: Slugger,
                     config: RoadmapConfig, okrTitles: [String: String] = [:], okrStatuses: [String: OKRStatus] = [:],
                     slips: String? = nil) -> CardView {
        let team = f.team.map { LinkView(label: $0, url: SitePath.href("teams/\(teams.slug($0) ?? "x").html")) }
        // Named by title, which says what moves; the id stays on hover for those who write it.
        let okrs = f.okrs.sorted().map { ref in
            let page = SitePath.objective(ref.objective.rawValue), id = ref.description
            // The note carries the key result's (or objective's) status as a class: `on-track`...
            return LinkView(label: okrTitles[id] ?? id, url: ref.keyResult.map { page + "#kr-" + Slugger.base($0) } ?? page,
                            note: okrStatuses[id]?.rawValue, hint: id.description + (okrStatuses[id].map { ", \($0.label)" } ?? ""))
        }
        let tagLinks = f.tags.map { LinkView(label: $0, url: SitePath.href("tags/\(tags.slug($0) ?? "x").html")) }
        let schedule = f.quarter?.description ?? f.horizon.map(horizonLabel)
        return CardView(
            id: f.id.rawValue, title: f.title, url: SitePath.feature(f.id.rawValue),
            status: status(f.status, statuses: statuses, config: config), team: team, owner: f.owner,
            okrs: okrs, tags: tagLinks, schedule: schedule, start: f.start?.description,
            due: f.due?.description, rice: f.rice.map(RiceView.init),
            scores: config.scores.map { ScoreCellView(label: $0.label, value: f.scores[$0.name].map(DecimalText.format)) },
            rank: rank, broken: f.hasErrors,
            slips: slips)
    }

    /// The title of every objective and key result by reference (`grow`, `grow/kr1`).
    static func okrTitles(_ objectives: [Objective]) -> [String: String] {
        var titles: [String: String] = [:]
        for objective in objectives {
            titles[objective.id.rawValue] = objective.title
            for kr in objective.keyResults { titles[objective.id.rawValue + "/" + kr.id] = kr.title }
        }
        return titles
    }

    static func horizonLabel(_ horizon: Horizon) -> String {
        switch horizon {
        case .now: "Now"
        case .next: "Next"
        case .later: "Later"
        }
    }

    /// The colour class of a status comes from its place in the workflow, never from its name alone.
    static func status(_ name: String, statuses: Slugger, config: RoadmapConfig) -> StatusView {
        StatusView(label: name, category: StatusCategory(status: name, config: config).rawValue,
                   url: SitePath.href("statuses/\(statuses.slug(name) ?? "x").html"))
    }
}
