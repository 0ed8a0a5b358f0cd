/// The parts every page shares: site title, navigation, footer, and the way back to the root.
struct Chrome: ViewModel, Sendable {
    /// The top-level sections of the navigation.
    enum Section: String, CaseIterable, Sendable {
        case board, timeline, graph, matrix, capacity, objectives, backlog, teams, tags, statuses, changes, health, search
    }

    struct NavItem: ViewModel, Sendable {
        let label: String
        let url: String
        let current: Bool
        let note: String?

        func value(named name: String) -> Any? {
            switch name {
            case "label": label
            case "url": url
            case "current": current
            case "note": orAbsent(note)
            default: nil
            }
        }

        func fingerprint(into hasher: inout StableHasher) { hasher.add(label, url, current, note) }
    }

    /// Site-wide values, computed once per build.
    struct Site: Sendable {
        let title: String
        let baseURL: String
        let generatorVersion: String
        let revision: String?
        let errorCount: Int
        let warningCount: Int
        /// The UTC day of the newest commit that changed the roadmap; nil without history.
        let lastUpdated: String?
        /// The site's iCalendar and Markdown exports, when built with them.
        var calendar: String? = nil
        var summary: String? = nil
        /// The custom scores' columns of feature tables, in the order declared.
        var scoreColumns: [ScoreColumnView] = []
        /// Who the site is for ("Public roadmap") and what it may say of what it hides.
        var audience: String? = nil
        var notShown: String? = nil
        var hiddenFields: Set<String> = []
        /// One navigation per section, so pages only pick theirs.
        let navigation: [Section: [NavItem]]
        let digest: Digest
    }

    let site: Site
    let section: Section
    let path: String
    let root: String
    let pageTitle: String
    /// The rendered `header` and `footer` partials for this section and depth.
    let header: String
    let footer: String

    init(site: Site, section: Section, path: String, pageTitle: String, header: String, footer: String) {
        self.site = site
        self.section = section
        self.path = path
        self.root = SitePath.root(of: path)
        self.pageTitle = pageTitle
        self.header = header
        self.footer = footer
    }

    static func partsKey(_ section: Section, _ root: String) -> String { section.rawValue + "|" + root }

    func value(named name: String) -> Any? {
        switch name {
        case "root": root
        case "pageTitle": pageTitle
        case "siteTitle": site.title
        case "nav": site.navigation[section] ?? []
        case "header": header
        case "footer": footer
        case "canonical": site.baseURL.isEmpty ? Absent.value : site.baseURL + SitePath.href(path)
        case "generatorVersion": site.generatorVersion
        case "revision": orAbsent(site.revision)
        case "errorCount": site.errorCount
        case "warningCount": site.warningCount
        case "section": section.rawValue
        case "lastUpdated": orAbsent(site.lastUpdated)
        case "hasHistory": site.lastUpdated != nil
        case "feedURL": site.lastUpdated == nil ? Absent.value : SitePath.feed
        case "calendarURL": orAbsent(site.calendar)
        case "summaryURL": orAbsent(site.summary)
        case "scoreColumns": site.scoreColumns
        case "audience": orAbsent(site.audience)
        case "notShown": orAbsent(site.notShown)
        case "hides": HiddenFieldsView(fields: site.hiddenFields)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(site.digest)
        hasher.add(section.rawValue, path, pageTitle)
    }
}

extension Chrome.Site {
    init(title: String, baseURL: String, generatorVersion: String, revision: String?,
         errorCount: Int, warningCount: Int, lastUpdated: String? = nil, calendar: String? = nil, summary: String? = nil,
         scoreColumns: [ScoreColumnView] = [], hasCapacity: Bool = false, audience: String? = nil, notShown: String? = nil,
         hiddenFields: Set<String> = []) {
        let base = baseURL.isEmpty || baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let healthNote = errorCount + warningCount > 0 ? String(errorCount + warningCount) : nil
        var items: [(Chrome.Section, String, String, String?)] = [
            (.board, "Board", SitePath.board, nil),
            (.timeline, "Timeline", SitePath.timeline, nil),
            (.graph, "Dependencies", SitePath.graph, nil),
            (.matrix, "Value/effort", SitePath.matrix, nil),
            (.objectives, "Objectives", SitePath.objectives, nil),
            (.backlog, "Backlog", SitePath.backlog, nil),
            (.teams, "Teams", SitePath.teams, nil),
            (.tags, "Tags", SitePath.tags, nil),
            (.statuses, "Statuses", SitePath.statuses, nil),
            (.health, "Health", SitePath.health, healthNote),
            (.search, "Search", SitePath.search, nil),
        ]
        if lastUpdated != nil { items.insert((.changes, "Changes", SitePath.changes, nil), at: items.count - 2) }
        // Only a roadmap that declares capacity has the page.
        if hasCapacity, let at = items.firstIndex(where: { $0.0 == .matrix }) {
            items.insert((.capacity, "Capacity", SitePath.capacity, nil), at: at + 1)
        }
        var navigation: [Chrome.Section: [Chrome.NavItem]] = [:]
        for section in Chrome.Section.allCases {
            navigation[section] = items.map {
                Chrome.NavItem(label: $0.1, url: $0.2, current: $0.0 == section, note: $0.3)
            }
        }
        var hasher = StableHasher()
        hasher.add(title, base, generatorVersion, revision, errorCount, warningCount, lastUpdated)
        if calendar != nil || summary != nil { hasher.add("exports", calendar, summary) }
        if !scoreColumns.isEmpty || hasCapacity { hasher.add("scores", scoreColumns, hasCapacity) }
        if audience != nil || notShown != nil || !hiddenFields.isEmpty {
            hasher.add("audience", audience, notShown)
            hasher.add(hiddenFields.sorted())
        }
        self.init(title: title, baseURL: base, generatorVersion: generatorVersion, revision: revision,
                  errorCount: errorCount, warningCount: warningCount, lastUpdated: lastUpdated,
                  calendar: calendar, summary: summary, scoreColumns: scoreColumns, audience: audience, notShown: notShown,
                  hiddenFields: hiddenFields, navigation: navigation, digest: hasher.finish())
    }
}

/// The object a page template renders: its own content first, then the shared chrome.
struct Page: ViewModel {
    let chrome: Chrome
    let content: any ViewModel

    func value(named name: String) -> Any? {
        content.value(named: name) ?? chrome.value(named: name)
    }

    func fingerprint(into hasher: inout StableHasher) {
        chrome.fingerprint(into: &hasher)
        content.fingerprint(into: &hasher)
    }
}

/// `{{#hides.owner}}`: whether the site's audience has a field hidden (see `SiteAudience`).
struct HiddenFieldsView: ViewModel, Sendable {
    let fields: Set<String>

    func value(named name: String) -> Any? { fields.contains(name) }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(fields.sorted()) }
}
