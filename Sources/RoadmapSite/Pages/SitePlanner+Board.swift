import RoadmapCore

extension SitePlanner {
    /// One column before it is drawn: the list page it links to and its members in order.
    struct BoardColumn {
        let key: String
        let title: String
        let members: [Int]
        var limit: Int? = nil
    }

    /// The boards: by status (Kanban, with a page of team swimlanes), Now / Next / Later, and by
    /// quarter, each its own page; the home page repeats the one that fits the data. Every
    /// column of the Now / Next / Later and quarter boards has a full list page.
    func boardJobs() -> [OutputJob] {
        let features = model.roadmap.features, config = model.roadmap.config
        let placement = BoardPlacement(config: config, today: model.options.today)
        let cards = model.cards
        let ordered: ([Int]) -> [Int] = { placement.order($0, features: features) { cards[$0].rank } }

        var byStatus: [String: [Int]] = [:]
        var byHorizon: [Horizon: [Int]] = [:]
        var unplaced: [Int] = []
        var byQuarter: [Quarter: [Int]] = [:]
        for (i, f) in features.enumerated() {
            byStatus[f.status, default: []].append(i)
            switch placement.place(f) {
            case .column(let h): byHorizon[h, default: []].append(i)
            case .unplaced: unplaced.append(i)
            case .offBoard: break
            }
            if let q = f.quarter { byQuarter[q, default: []].append(i) }
        }
        let statusColumns = model.statusOrder.map { status in
            BoardColumn(key: "statuses/" + (model.statuses.slug(status) ?? "x"), title: status,
                        members: ordered(byStatus[status] ?? []), limit: config.wipLimits[status])
        }
        let horizonColumns = Horizon.allCases.map {
            BoardColumn(key: "horizons/" + $0.rawValue, title: SiteModel.horizonLabel($0), members: ordered(byHorizon[$0] ?? []))
        }
        let leftovers = BoardColumn(key: "horizons/unscheduled", title: "Unscheduled", members: ordered(unplaced))
        let quarterColumns = byQuarter.keys.sorted().map { q in
            BoardColumn(key: "quarters/" + q.description.lowercased(), title: q.description, members: ordered(byQuarter[q] ?? []))
        }

        let placedCount = horizonColumns.reduce(0) { $0 + $1.members.count }
        let openCount = placedCount + unplaced.count
        var kinds: [BoardContent.Kind] = [.status, .horizons]
        if !quarterColumns.isEmpty { kinds.append(.quarters) }
        // The board that fits: Now / Next / Later once at least half the open work is placed on
        // it; otherwise (a roadmap without horizons or quarters) the workflow's Kanban.
        let home: BoardContent.Kind = openCount > 0 && placedCount * 2 >= openCount ? .horizons : .status
        let counts: [BoardContent.Kind: Int] = [.status: features.count, .horizons: placedCount,
                                                .quarters: quarterColumns.reduce(0) { $0 + $1.members.count }]
        func tabs(_ current: BoardContent.Kind) -> [BoardContent.Tab] {
            kinds.map { kind in
                BoardContent.Tab(label: kind.title, url: kind == home ? SitePath.board : kind.path, count: counts[kind] ?? 0,
                                 current: kind == current)
            }
        }
        let swimlanes = swimlaneRows(statusColumns)
        func content(_ kind: BoardContent.Kind, home isHome: Bool) -> BoardContent {
            let columns: [BoardColumn] = switch kind {
            case .status: statusColumns
            case .horizons: horizonColumns
            case .quarters: quarterColumns
            }
            return BoardContent(
                kind: kind, heading: isHome ? model.roadmap.config.title : kind.title, tabs: tabs(kind),
                columns: columns.map(columnView), unscheduled: kind == .horizons ? columnView(leftovers) : nil,
                swimlanesURL: kind == .status && swimlanes.count > 1 ? SitePath.boardSwimlanes : nil,
                swimlanes: [], total: counts[kind] ?? 0, openCount: openCount)
        }

        let homeBoard = content(home, home: true)
        var jobs = [page(SitePath.board, template: "board", section: .board, title: "Roadmap") { homeBoard }]
        // Every board keeps its own address, whichever one the home page shows today.
        for kind in kinds {
            let board = content(kind, home: false)
            jobs.append(page(kind.path, template: "board", section: .board, title: kind.title) { board })
        }
        if swimlanes.count > 1 {
            let board = BoardContent(kind: .status, heading: "By status and team", tabs: tabs(.status),
                                     columns: statusColumns.map(columnView), unscheduled: nil,
                                     swimlanesURL: SitePath.boardSwimlanes, swimlanes: swimlanes,
                                     total: features.count, openCount: openCount)
            jobs.append(page(SitePath.boardSwimlanes, template: "board", section: .board, title: "By status and team") { board })
        }
        // Full lists of the Now / Next / Later and quarter columns (statuses have theirs already).
        for column in horizonColumns + [leftovers] + quarterColumns {
            let kind = column.key.hasPrefix("quarters/") ? "Quarter" : "Horizon"
            jobs += paged(column.members, base: column.key, template: "list", section: .board, title: column.title) { slice, pager, path in
                ListContent(kind: kind, heading: column.title, intro: nil, rows: rows(slice, path: path),
                            pager: pager, total: column.members.count, upURL: SitePath.board, upLabel: "Board")
            }
        }
        return jobs
    }

    private func columnView(_ column: BoardColumn) -> ColumnView {
        let cards = model.cards
        return ColumnView(title: column.title, key: column.key,
                          cards: column.members.prefix(SitePlanner.columnCap).map { cards[$0] },
                          total: column.members.count, moreURL: column.key + ".html", limit: column.limit)
    }

    /// One row per team (teams by name, then work without a team), one cell per status.
    private func swimlaneRows(_ columns: [BoardColumn]) -> [SwimlaneView] {
        let features = model.roadmap.features, cards = model.cards
        var cells: [String: [[Int]]] = [:]
        for (c, column) in columns.enumerated() {
            for i in column.members {
                cells[model.teamSlug(features[i]), default: Array(repeating: [], count: columns.count)][c].append(i)
            }
        }
        return model.teamGroups.compactMap { team, name in
            guard let row = cells[team] else { return nil }
            let url = SitePath.href("teams/\(team).html")
            return SwimlaneView(
                name: name, anchor: "lane-" + team, url: url,
                cells: zip(columns, row).map { column, members in
                    ColumnView(title: column.title, key: column.key + "/" + team,
                               cards: members.prefix(SitePlanner.cellCap).map { cards[$0] },
                               total: members.count, moreURL: url)
                },
                total: row.reduce(0) { $0 + $1.count })
        }
    }
}
