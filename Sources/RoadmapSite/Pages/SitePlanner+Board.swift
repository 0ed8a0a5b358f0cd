import RoadmapCore

extension SitePlanner {
    /// The board (`index.html`) and, per column, the full list it links to.
    func boardJobs() -> [OutputJob] {
        let features = model.roadmap.features
        let order = boardOrder()
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
            let rows = column.members.map { cards[$0] }
            let kind = column.key.hasPrefix("quarters/") ? "Quarter" : "Horizon"
            jobs += paged(rows, base: column.key, template: "list", section: .board, title: column.title) { slice, pager in
                ListContent(kind: kind, heading: column.title, intro: nil, rows: Array(slice), pager: pager,
                            total: rows.count, ranked: false, upURL: SitePath.board, upLabel: "Board")
            }
        }
        return jobs
    }

    /// Cards in workflow order, then by due date (undated last), then by id.
    func boardOrder() -> [Int] {
        let features = model.roadmap.features
        let position = Dictionary(model.statusOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return features.indices.sorted { i, j in
            let a = features[i], b = features[j]
            let pa = position[a.status] ?? Int.max, pb = position[b.status] ?? Int.max
            if pa != pb { return pa < pb }
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
    }
}
