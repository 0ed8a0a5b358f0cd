/// Where pages live in the output folder, as paths relative to the site's root.
///
/// Every path is assembled from fixed words, validated `ItemID`s and slugs, and checked once more
/// by `isSafe` before anything is written, so no input can point outside the output folder.
enum SitePath {
    static let board = "index.html"
    /// The status board split into a row per team.
    static let boardSwimlanes = "board/teams.html"
    static let timeline = "timeline.html"
    static let matrix = "matrix.html"
    /// One team's value vs effort matrix; under `teams/` so no team can take a quadrant's name.
    static func matrixTeam(_ slug: String) -> String { "matrix/teams/\(slug).html" }
    /// The full list of a quadrant, or of open PRDs without RICE (`unscored`).
    static func matrixList(_ key: String) -> String { "matrix/\(key).html" }
    static let graph = "graph.html"
    static let objectives = "objectives.html"
    /// Depth 1 like every other long list, so a table row renders the same on all of them.
    static let backlogBase = "backlog/index"
    static let backlog = "backlog/index.html"
    /// The backlog ordered by a custom score: `backlog/wsjf.html`, paged like the backlog. At the
    /// backlog's depth, so its rows are the very fragments the backlog renders. A score cannot
    /// be named `index`.
    static func scoreBacklogBase(_ name: String) -> String { "backlog/\(name)" }
    static func scoreBacklog(_ name: String) -> String { scoreBacklogBase(name) + ".html" }
    static let capacity = "capacity.html"
    static let teams = "teams.html"
    static let tags = "tags.html"
    static let statuses = "statuses.html"
    static let health = "health.html"
    static let search = "search.html"
    static let json = "roadmap.json"
    static let searchIndex = "search-index.js"
    static let changes = "changes.html"
    static let feed = "feed.xml"
    static let calendar = SiteOptions.calendarFile
    static let summary = SiteOptions.summaryFile

    /// Older months of the Changes page, one page each: `changes/2025-03.html`.
    static func changesMonth(_ label: String) -> String { "changes/\(label).html" }

    static func feature(_ id: String) -> String { "prd/\(id).html" }
    static func objective(_ id: String) -> String { "objectives/\(id).html" }

    /// The path of page `number` (1-based) of a paginated list whose first page is `base.html`.
    /// Slugs never contain a dot, so `.page-2` cannot collide with another group's slug.
    static func paged(_ base: String, page number: Int) -> String {
        number <= 1 ? "\(base).html" : "\(base).page-\(number).html"
    }

    /// How to climb from a page back to the site's root: `""` or `"../"` per folder level.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.count { $0 == UInt8(ascii: "/") })
    }

    /// The path as an `href` value: UTF-8 names percent-encoded, as browsers write them.
    /// Identity for ASCII slugs and ids.
    static func href(_ path: String) -> String { HTML.percentEncodePath(path) }

    /// True for `a/b.html`-like paths of ordinary names: no `..`, no hidden or absolute parts.
    /// Beyond ASCII only letters, marks and digits (the slugs of non-ASCII names) are allowed.
    static func isSafe(_ path: String) -> Bool {
        var componentStart = true
        var components = 1
        var length = 0
        for scalar in path.unicodeScalars where !scalar.isASCII {
            guard Slugger.isWordScalar(scalar) else { return false }
        }
        for b in path.utf8 {
            if b >= 0x80 {
                componentStart = false
                length += 1
                guard length <= 200 else { return false }
                continue
            }
            if b == UInt8(ascii: "/") {
                guard !componentStart else { return false }
                componentStart = true
                components += 1
                length = 0
                continue
            }
            if componentStart, b == UInt8(ascii: ".") || b == UInt8(ascii: "-") { return false }
            componentStart = false
            length += 1
            let ok = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2D || b == 0x2E || b == 0x5F
            guard ok, length <= 200 else { return false }
        }
        return !componentStart && components <= 8
    }
}
