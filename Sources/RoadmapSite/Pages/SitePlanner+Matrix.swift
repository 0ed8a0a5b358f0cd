import RoadmapCore

extension SitePlanner {
    /// PRDs named in each quadrant's list beside the matrix, then counted.
    static let quadrantCap = 15
    /// Beyond this many dots a drawing shows plain dots (no links or titles), which keeps the page
    /// light; every dot is also on its team's page and its quadrant's list.
    static let linkedDotCap = 1500

    /// The value vs effort matrix (`matrix.html`), one per team (`matrix/teams/<team>.html`), the
    /// full list of each quadrant (`matrix/<quadrant>.html`) and of open PRDs without RICE.
    func matrixJobs() -> [OutputJob] {
        let features = model.roadmap.features
        let closed = Set(model.roadmap.config.doneStatuses)
        let open = features.indices.filter { !closed.contains(features[$0].status) }
        let matrix = ValueEffort(features: features, open: open)
        let drawing = ValueEffortSVG(axes: ValueEffortSVG.Axes(matrix: matrix))
        let cards = model.cards
        let medians = "Split at the medians of the open work: value \(Numbers.format(matrix.valueMedian)), effort "
            + "\(Numbers.format(matrix.effortMedian)) person-months."
        var teamPoints: [String: [ValueEffort.Point]] = [:], teamUnscored: [String: [Int]] = [:]
        for point in matrix.points { teamPoints[model.teamSlug(features[point.index]), default: []].append(point) }
        for i in matrix.unscored { teamUnscored[model.teamSlug(features[i]), default: []].append(i) }
        let teamOrder = model.teamGroups.filter { teamPoints[$0.slug] != nil || teamUnscored[$0.slug] != nil }
        let teamLinks = teamOrder.map { team, name in
            LinkView(label: name, url: SitePath.matrixTeam(team),
                     note: String((teamPoints[team]?.count ?? 0) + (teamUnscored[team]?.count ?? 0)))
        }

        @Sendable func content(_ points: [ValueEffort.Point], unscored: [Int], heading: String, path: String,
                     wholeRoadmap: Bool) -> MatrixContent {
            let root = SitePath.root(of: path)
            let linked = points.count <= SitePlanner.linkedDotCap
            let dots = points.map { ValueEffortSVG.Dot(card: cards[$0.index], value: $0.value, effort: $0.effort) }
            let svg = points.isEmpty ? "" : drawing.render(dots, id: "ve", caption: heading, root: root, linked: linked)
            let quadrants = ValueEffort.Quadrant.allCases.map { quadrant in
                let members = points.filter { $0.quadrant == quadrant }
                return QuadrantView(
                    key: quadrant.rawValue, title: quadrant.title, summary: quadrant.summary,
                    items: links(members.prefix(SitePlanner.quadrantCap).map { cards[$0.index] }, path: path),
                    total: members.count,
                    moreURL: wholeRoadmap && members.count > SitePlanner.quadrantCap ? SitePath.matrixList(quadrant.rawValue) : nil)
            }
            return MatrixContent(
                heading: heading, svg: svg, plotted: points.count, linked: linked, quadrants: quadrants,
                unscored: links(unscored.prefix(SitePlanner.undatedCap).map { cards[$0] }, path: path),
                unscoredTotal: unscored.count,
                unscoredURL: wholeRoadmap && unscored.count > SitePlanner.undatedCap ? SitePath.matrixList("unscored") : nil,
                teams: wholeRoadmap ? teamLinks : [], upURL: wholeRoadmap ? nil : SitePath.matrix, medians: medians)
        }

        var jobs = [page(SitePath.matrix, template: "matrix", section: .matrix, title: "Value vs effort") {
            content(matrix.points, unscored: matrix.unscored, heading: "Value vs effort", path: SitePath.matrix, wholeRoadmap: true)
        }]
        for (team, name) in teamOrder {
            let path = SitePath.matrixTeam(team)
            let points = teamPoints[team] ?? [], unscored = teamUnscored[team] ?? []
            jobs.append(page(path, template: "matrix", section: .matrix, title: "Value vs effort: \(name)") {
                content(points, unscored: unscored, heading: "Value vs effort: \(name)", path: path, wholeRoadmap: false)
            })
        }
        let lists: [(String, String, [Int])] = ValueEffort.Quadrant.allCases.map { quadrant in
            (quadrant.rawValue, "\(quadrant.title): \(quadrant.summary)", matrix.points.filter { $0.quadrant == quadrant }.map(\.index))
        } + [("unscored", "Open PRDs without RICE", matrix.unscored)]
        for (key, title, members) in lists where members.count > (key == "unscored" ? SitePlanner.undatedCap : SitePlanner.quadrantCap) {
            jobs += paged(members, base: "matrix/" + key, template: "list", section: .matrix, title: title) { slice, pager, path in
                ListContent(kind: "Quadrant", heading: title, intro: nil, rows: rows(slice, path: path),
                            pager: pager, total: members.count, upURL: SitePath.matrix, upLabel: "Value vs effort")
            }
        }
        return jobs
    }
}
