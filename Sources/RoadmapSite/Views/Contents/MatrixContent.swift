/// The value vs effort page, for the whole roadmap or one team.
struct MatrixContent: ViewModel {
    let heading: String
    let svg: String
    let plotted: Int
    /// Dots are links with titles on hover (not for thousands of dots).
    let linked: Bool
    let quadrants: [QuadrantView]
    /// Open PRDs without RICE, named (the first ones) and counted.
    let unscored: [Fragment]
    let unscoredTotal: Int
    let unscoredURL: String?
    let teams: [LinkView]
    let upURL: String?
    let medians: String

    func value(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "svg": svg
        case "plotted": plotted
        case "empty": plotted == 0
        case "linked": linked
        case "quadrants": quadrants
        case "unscored": unscored
        case "unscoredTotal": unscoredTotal
        case "hasUnscored": unscoredTotal > 0
        case "unscoredHidden": unscoredTotal - unscored.count
        case "hasUnscoredHidden": unscoredTotal > unscored.count
        case "unscoredURL": orAbsent(unscoredURL)
        case "teams": teams
        case "hasTeams": !teams.isEmpty
        case "upURL": orAbsent(upURL)
        case "medians": medians
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(heading, svg, plotted, linked, medians, upURL, unscoredURL)
        hasher.add(quadrants, unscored, teams)
        hasher.add(unscoredTotal)
    }
}

/// One quadrant's list beside the matrix.
struct QuadrantView: ViewModel, Sendable {
    let key: String
    let title: String
    let summary: String
    let items: [Fragment]
    let total: Int
    let moreURL: String?

    func value(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "summary": summary
        case "items": items
        case "total": total
        case "empty": total == 0
        case "hidden": total - items.count
        case "hasMore": total > items.count
        case "moreURL": orAbsent(moreURL)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(key, title, summary, items, total, moreURL) }
}
