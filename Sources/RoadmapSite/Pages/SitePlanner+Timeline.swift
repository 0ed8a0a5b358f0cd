import RoadmapCore

extension SitePlanner {
    /// The timeline overview (first bars of every team) and each team's full timeline.
    func timelineJobs() -> [OutputJob] {
        let features = model.roadmap.features
        var lanes: [String: (bars: [TimelineSVG.Bar], unscheduled: Int)] = [:]
        var allBars: [TimelineSVG.Bar] = []
        for (i, f) in features.enumerated() {
            let slug = f.team.flatMap(model.teams.slug) ?? SiteModel.noTeamSlug
            if let bar = TimelineSVG.bar(for: f, card: model.cards[i]) {
                lanes[slug, default: ([], 0)].bars.append(bar)
                allBars.append(bar)
            } else {
                lanes[slug, default: ([], 0)].unscheduled += 1
            }
        }
        let window = TimelineSVG.window(for: allBars)
        let svg = window.map { TimelineSVG(first: $0.first, quarterCount: $0.count) }
        let range = window.map { "\($0.first) to \(TimelineSVG.last(of: $0))" }
        let names = Dictionary(model.teams.slugs.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let order = model.teams.slugs.sorted { $0.key < $1.key }.map(\.value) + [SiteModel.noTeamSlug]
        var groups: [TimelineGroupView] = []
        var jobs: [OutputJob] = []
        for slug in order {
            guard let lane = lanes[slug] else { continue }
            let name = names[slug] ?? SiteModel.noTeamName
            let keys = lane.bars.map { ($0.start.ordinal, $0.end.ordinal) }
            let bars = lane.bars.indices.sorted { i, j in
                keys[i] != keys[j] ? keys[i] < keys[j] : lane.bars[i].card.id < lane.bars[j].card.id
            }.map { lane.bars[$0] }
            let base = "timeline/" + slug
            let shown = Array(bars.prefix(SitePlanner.timelineCap))
            let caption = "Timeline of \(name)" + (range.map { ", \($0)" } ?? "")
            groups.append(TimelineGroupView(
                name: name, anchor: "team-" + slug, bars: shown, drawing: svg, caption: caption, root: "",
                total: bars.count, moreURL: bars.count > shown.count ? SitePath.href(base + ".html") : nil,
                unscheduled: lane.unscheduled))
            guard bars.count > shown.count else { continue }
            jobs += paged(bars, base: base, template: "timeline", section: .timeline, title: "Timeline: \(name)") { slice, pager, path in
                let group = TimelineGroupView(
                    name: name, anchor: "team-" + slug, bars: Array(slice), drawing: svg, caption: caption,
                    root: SitePath.root(of: path), total: bars.count, moreURL: nil, unscheduled: lane.unscheduled)
                return TimelineContent(heading: "Timeline: \(name)", groups: [group], pager: pager,
                                       upURL: SitePath.timeline, quarterRange: range)
            }
        }
        let overview = TimelineContent(heading: "Timeline", groups: groups,
                                       pager: PagerView(base: "timeline", current: 1, count: 1),
                                       upURL: nil, quarterRange: range)
        jobs.insert(page(SitePath.timeline, template: "timeline", section: .timeline, title: "Timeline") { overview }, at: 0)
        return jobs
    }
}
