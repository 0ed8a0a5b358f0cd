/// One feature as it appears on boards, lists and tables; built once per build and shared by
/// reference, since the same card sits on many pages.
final class CardView: ViewModel, Sendable {
    let id: String
    let title: String
    let url: String
    let status: StatusView
    let team: LinkView?
    let owner: String
    let okrs: [LinkView]
    let tags: [LinkView]
    /// `2026-Q3`, `Now`, or nil when the feature has neither quarter nor horizon.
    let schedule: String?
    let start: String?
    let due: String?
    let rice: RiceView?
    /// One per custom score of the roadmap, in the order declared.
    let scores: [ScoreCellView]
    /// Place in the backlog, 1 for the highest RICE score; nil for closed work, which is not ranked.
    let rank: Int?
    /// An error points into the feature's file (only with `allowErrors`).
    let broken: Bool
    /// How often its plan slipped, from git; nil when the site has no history.
    let slips: String?
    /// Computed once: cards appear on many pages, each of which hashes it.
    let digest: Digest

    init(id: String, title: String, url: String, status: StatusView, team: LinkView?, owner: String,
         okrs: [LinkView], tags: [LinkView], schedule: String?, start: String?, due: String?,
         rice: RiceView?, scores: [ScoreCellView] = [], rank: Int?, broken: Bool, slips: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.status = status
        self.team = team
        self.owner = owner
        self.okrs = okrs
        self.tags = tags
        self.schedule = schedule
        self.start = start
        self.due = due
        self.rice = rice
        self.scores = scores
        self.rank = rank
        self.broken = broken
        self.slips = slips
        var hasher = StableHasher()
        hasher.add(id, title, url, owner, rank, broken)
        hasher.add(status, team, okrs, tags, schedule, start, due, rice, slips)
        hasher.add(scores)
        digest = hasher.finish()
    }

    func value(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "url": url
        case "status": status
        case "team": orAbsent(team)
        case "owner": owner
        case "okrs": okrs
        case "tags": tags
        case "schedule": orAbsent(schedule)
        case "start": orAbsent(start)
        case "due": orAbsent(due)
        case "rice": orAbsent(rice)
        case "scores": scores
        case "rank": orAbsent(rank)
        case "backlogURL": SitePath.paged(SitePath.backlogBase, page: ((rank ?? 1) - 1) / SitePlanner.pageSize + 1)
        case "broken": broken
        case "slips": orAbsent(slips)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(digest) }
}
