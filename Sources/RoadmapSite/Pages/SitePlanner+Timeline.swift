import RoadmapCore

extension SitePlanner {
    /// The timeline overview (first bars of every team) and each team's full timeline.
    func timelineJobs() -> [OutputJob] {
        let features = model.roadmap.features
        var lanes: [String: (bars: [TimelineSVG.Bar], undated: [Int])] = [:]
        var allBars: [TimelineSVG.Bar] = []
        for (i, f) in features.enumerated() {
            let slug = model.teamSlug(f)
            if var bar = TimelineSVG.bar(for: f, card: model.cards[i]) {
                bar.original = model.history?.originalSpan(of: f)
                lanes[slug, default: ([], [])].bars.append(bar)
                allBars.append(bar)
            } else {
                lanes[slug, default: ([], [])].undated.append(i)
            }
        }
        let window = TimelineSVG.window(for: allBars)
        let svg = window.map { TimelineSVG(first: $0.first, quarterCount: $0.count, today: model.options.today) }
        let range = window.map { "\($0.first) to \(TimelineSVG.last(of: $0))" }
        let ids = Set(allBars.map(\.card.id))
        let hasDependencies = allBars.contains { $0.dependsOn.contains(where: ids.contains) }
        let hasSlips = allBars.contains { $0.original != nil }
        let today: String? = window.flatMap { w in
            model.options.today.flatMap { $0.quarter >= w.first && $0.quarter <= TimelineSVG.last(of: w) ? $0.description : nil }
        }
        var groups: [TimelineGroupView] = []
        var jobs: [OutputJob] = []
        for (slug, name) in model.teamGroups {
            guard let lane = lanes[slug] else { continue }
            let keys = lane.bars.map { ($0.start.ordinal, $0.end.ordinal) }
            let bars = lane.bars.indices.sorted { i, j in
                keys[i] != keys[j] ? keys[i] < keys[j] : lane.bars[i].card.id < lane.bars[j].card.id
            }.map { lane.bars[$0] }
            let base = "timeline/" + slug
            let shown = Array(bars.prefix(SitePlanner.timelineCap))
            let caption = "Timeline of \(name)" + (range.map { ", \($0)" } ?? "")
            // Named, not only counted: work without dates is what a plan review has to ask about.
            let undated = lane.undated.sorted { features[$0].id < features[$1].id }.map { model.cards[$0] }
            let teamURL = SitePath.href("teams/\(slug).html")
            groups.append(TimelineGroupView(
                name: name, anchor: "team-" + slug, bars: shown, drawing: svg, caption: caption, root: "",
                total: bars.count, moreURL: bars.count > shown.count ? SitePath.href(base + ".html") : nil,
                undated: Array(undated.prefix(SitePlanner.undatedCap)), undatedTotal: undated.count, teamURL: teamURL))
            guard bars.count > shown.count else { continue }
            jobs += paged(bars, base: base, template: "timeline", section: .timeline, title: "Timeline: \(name)") { slice, pager, path in
                let group = TimelineGroupView(
                    name: name, anchor: "team-" + slug, bars: Array(slice), drawing: svg, caption: caption,
                    root: SitePath.root(of: path), total: bars.count, moreURL: nil,
                    undated: Array(undated.prefix(SitePlanner.undatedCap)), undatedTotal: undated.count, teamURL: teamURL)
                return TimelineContent(heading: "Timeline: \(name)", groups: [group], pager: pager,
                                       upURL: SitePath.timeline, quarterRange: range,
                                       hasDependencies: hasDependencies, hasSlips: hasSlips, today: today)
            }
        }
        let overview = TimelineContent(heading: "Timeline", groups: groups,
                                       pager: PagerView(base: "timeline", current: 1, count: 1),
                                       upURL: nil, quarterRange: range,
                                       hasDependencies: hasDependencies, hasSlips: hasSlips, today: today)
        jobs.insert(page(SitePath.timeline, template: "timeline", section: .timeline, title: "Timeline") { overview }, at: 0)
        return jobs
    }
}
