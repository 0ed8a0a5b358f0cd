import RoadmapCore

extension SitePlanner {
    /// The backlog: open PRDs ranked by RICE score, ties by id, unscored after them; closed ones
    /// (done or dropped) last and without a rank.
    func backlogJobs() -> [OutputJob] {
        let backlog = model.backlog, open = model.openCount
        let features = model.roadmap.features
        let scored = backlog.prefix(open).count { features[$0].rice != nil }
        let closed = backlog.count - open
        let intro = "\(open) open, ranked by RICE score (reach × impact × confidence ÷ effort); \(scored) of them have one. "
            + "Ties are broken by id; open PRDs without a score come after them"
            + (closed > 0 ? ", then \(closed) done or dropped, without a rank." : ".")
        var jobs = paged(backlog, base: SitePath.backlogBase, template: "list", section: .backlog, title: "Backlog") { slice, pager, path in
            ListContent(kind: "Backlog", heading: "Backlog", intro: intro, rows: rows(slice, path: path),
                        pager: pager, total: backlog.count, upURL: nil, upLabel: nil)
        }
        for score in model.roadmap.config.scores { jobs += scoreBacklogJobs(score) }
        return jobs
    }

    /// The backlog ordered by a custom score: open PRDs highest first, ties by id, those without
    /// the score after them, then closed ones by id. The rank column stays the RICE rank.
    func scoreBacklogJobs(_ score: ScoreDefinition) -> [OutputJob] {
        let features = model.roadmap.features
        let closed = Set(model.roadmap.config.doneStatuses)
        let order = SiteModel.rank(features, closed: closed) { $0.scores[score.name] }
        let open = model.openCount
        let scored = order.prefix(open).count { features[$0].scores[score.name] != nil }
        let intro = "\(open) open, ordered by \(score.label) (\(score.formulaText)); \(scored) of them have it. "
            + "Ties are broken by id; open PRDs without it come after them"
            + (order.count > open ? ", then \(order.count - open) done or dropped." : ".")
            + " The rank is the RICE rank of the backlog."
        let title = "Backlog by \(score.label)"
        return paged(order, base: SitePath.scoreBacklogBase(score.name), template: "list", section: .backlog, title: title) { slice, pager, path in
            ListContent(kind: "Backlog", heading: "ordered by \(score.label)", intro: intro, rows: rows(slice, path: path),
                        pager: pager, total: order.count, upURL: SitePath.backlog, upLabel: "Backlog")
        }
    }

    /// Index pages of teams, tags and statuses, and a list page per group.
    func groupJobs() -> [OutputJob] {
        let features = model.roadmap.features
        let order = model.boardOrder
        var teams: [String: [Int]] = [:]
        var tags: [String: [Int]] = [:]
        var statuses: [String: [Int]] = [:]
        // A team's page is its backlog: the same order as the backlog page.
        for i in model.backlog {
            teams[model.teamSlug(features[i]), default: []].append(i)
        }
        for i in order {
            let f = features[i]
            for tag in Set(f.tags) { tags[model.tags.slug(tag) ?? "x", default: []].append(i) }
            statuses[model.statuses.slug(f.status) ?? "x", default: []].append(i)
        }
        let teamNames = model.teams.slugs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + [(SiteModel.noTeamName, SiteModel.noTeamSlug)]
        let tagNames = model.tags.slugs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let statusNames = model.statusOrder.map { ($0, model.statuses.slug($0) ?? "x") }
        return groupFamily(kind: "Team", plural: "Teams", folder: "teams", index: SitePath.teams, section: .teams,
                           names: teamNames.filter { teams[$0.1] != nil }, members: teams)
            + groupFamily(kind: "Tag", plural: "Tags", folder: "tags", index: SitePath.tags, section: .tags,
                          names: tagNames, members: tags)
            + groupFamily(kind: "Status", plural: "Statuses", folder: "statuses", index: SitePath.statuses,
                          section: .statuses, names: statusNames, members: statuses)
    }

    private func groupFamily(kind: String, plural: String, folder: String, index: String, section: Chrome.Section,
                             names: [(name: String, slug: String)], members: [String: [Int]]) -> [OutputJob] {
        let entries = names.map { GroupEntryView(name: $0.name, url: SitePath.href("\(folder)/\($0.slug).html"), count: members[$0.slug]?.count ?? 0) }
        let base = String(index.dropLast(".html".count))
        var jobs = paged(entries, base: base, size: 300, template: "groups", section: section, title: plural) { slice, pager, _ in
            GroupIndexContent(kind: kind, heading: plural, groups: Array(slice), pager: pager, total: entries.count)
        }
        for (name, slug) in names {
            let indices = members[slug] ?? []
            jobs += paged(indices, base: "\(folder)/\(slug)", template: "list", section: section, title: "\(kind): \(name)") { slice, pager, path in
                ListContent(kind: kind, heading: name, intro: nil, rows: rows(slice, path: path), pager: pager,
                            total: indices.count, upURL: index, upLabel: plural)
            }
        }
        return jobs
    }
}
