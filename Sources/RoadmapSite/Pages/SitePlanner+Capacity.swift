import RoadmapCore

extension SitePlanner {
    /// `capacity.html`, only when `roadmap.yml` declares capacity.
    func capacityJobs() -> [OutputJob] {
        let config = model.roadmap.config
        guard !config.capacity.isEmpty else { return [] }
        let model = model
        return [page(SitePath.capacity, template: "capacity", section: .capacity, title: "Capacity") {
            let plan = CapacityPlan(features: model.roadmap.features, config: config)
            var order: [String] = []
            var cells: [String: [CapacityPlan.Cell]] = [:]
            for cell in plan.cells {
                if cells[cell.team] == nil { order.append(cell.team) }
                cells[cell.team, default: []].append(cell)
            }
            let teams = order.map { team in
                let slug = model.teams.slug(team)
                return CapacityTeamView(name: team, url: slug.map { SitePath.href("teams/\($0).html") },
                                        anchor: "team-" + (slug ?? Slugger.base(team)),
                                        quarters: (cells[team] ?? []).map(CapacityCellView.init))
            }
            return CapacityContent(teams: teams, overCount: plan.cells.count(where: \.isOver), cellCount: plan.cells.count)
        }]
    }
}
