import RoadmapCore

extension SitePlanner {
    /// The board (`index.html`) and, per column, the full list it links to.
    func boardJobs() -> [OutputJob] {
        let features = model.roadmap.features
        let order = model.boardOrder
        var byHorizon: [Horizon: [Int]] = [:]
        var byQuarter: [Quarter: [Int]] = [:]
        var unscheduled: [Int] = []
        for i in order {
            let f = features[i]
            if let h = f.horizon { byHorizon[h, default: []].append(i) }
            if let q = f.quarter { byQuarter[q, default: []].append(i) }
            if f.horizon == nil, f.quarter == nil { unscheduled.append(i) }
        }
        var columns: [(key: String, title: String, members: [Int])] = Horizon.allCases.map {
            ("horizons/" + $0.rawValue, SiteModel.horizonLabel($0), byHorizon[$0] ?? [])
        }
        columns.append(("horizons/unscheduled", "Unscheduled", unscheduled))
        let quarterColumns = byQuarter.keys.sorted().map { q in
            ("quarters/" + q.description.lowercased(), q.description, byQuarter[q] ?? [])
        }
        columns += quarterColumns
        let cards = model.cards
        let views = columns.map { column in
            ColumnView(title: column.title, key: column.key,
                       cards: column.members.prefix(SitePlanner.columnCap).map { cards[$0] },
                       total: column.members.count, moreURL: column.key + ".html")
        }
        let board = BoardContent(horizons: Array(views[0..<3]), quarters: Array(views[4...]),
                                 unscheduled: views[3], total: features.count)
        var jobs = [page(SitePath.board, template: "board", section: .board, title: "Roadmap") { board }]
        for column in columns {
            let kind = column.key.hasPrefix("quarters/") ? "Quarter" : "Horizon"
            jobs += paged(column.members, base: column.key, template: "list", section: .board, title: column.title) { slice, pager, path in
                ListContent(kind: kind, heading: column.title, intro: nil, rows: rows(slice, path: path),
                            pager: pager, total: column.members.count, upURL: SitePath.board, upLabel: "Board")
            }
        }
        return jobs
    }
}
