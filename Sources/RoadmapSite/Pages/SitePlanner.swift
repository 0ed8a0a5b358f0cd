/// Decides which files the site has and how each is made; nothing is rendered here, only
/// described, so that the builder can render in parallel and skip what has not changed.
struct SitePlanner: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    let bodyRenderer: any BodyRenderer
    /// Mixed into every page's fingerprint: templates and generator version.
    let salt: Digest
    let fragments: FragmentCache
    /// The rendered `header` and `footer` partials per section and depth, the same on thousands
    /// of pages.
    let chromeParts: [String: (header: String, footer: String)]

    /// Board columns show this many cards, then "see all".
    static let columnCap = 10
    /// Cells of the board's team swimlanes show this many cards, then "more".
    static let cellCap = 4
    /// Rows per page of every long list.
    static let pageSize = 200
    /// Objectives per page of the objectives list, which shows every key result.
    static let objectivesPerPage = 50
    /// Entries per section on the health summary.
    static let healthCap = 50
    /// Bars per team on the timeline overview.
    static let timelineCap = 25
    /// PRDs without dates named under each team's timeline, then counted.
    static let undatedCap = 30

    init(model: SiteModel, templates: TemplateSet, bodyRenderer: any BodyRenderer) {
        self.model = model
        self.templates = templates
        self.bodyRenderer = bodyRenderer
        var hasher = StableHasher()
        hasher.add("roadmap-site-pages-1", model.options.generatorVersion)
        hasher.add(templates.digest)
        salt = hasher.finish()
        fragments = FragmentCache(templates: templates)
        var parts: [String: (String, String)] = [:]
        for section in Chrome.Section.allCases {
            for depth in 0...2 {
                let path = String(repeating: "x/", count: depth) + "x.html"
                parts[Chrome.partsKey(section, SitePath.root(of: path))] = SitePlanner.chromeParts(
                    site: model.site, section: section, path: path, templates: templates)
            }
        }
        chromeParts = parts
    }

    static func chromeParts(site: Chrome.Site, section: Chrome.Section, path: String,
                            templates: TemplateSet) -> (header: String, footer: String) {
        let chrome = Chrome(site: site, section: section, path: path, pageTitle: "", header: "", footer: "")
        return (templates.library.render(chrome, withTemplate: "header") ?? "",
                templates.library.render(chrome, withTemplate: "footer") ?? "")
    }

    /// Table rows of the given features for a list page at `path`.
    func rows(_ indices: some Sequence<Int>, path: String) -> [Fragment] {
        let root = SitePath.root(of: path), cards = model.cards, cache = fragments
        return indices.map { Fragment(item: cards[$0], partial: "feature-row", root: root, cache: cache) }
    }

    /// Links to features (`feature-link`) for a page at `path`.
    func links(_ cards: [CardView], path: String) -> [Fragment] {
        let root = SitePath.root(of: path), cache = fragments
        return cards.map { Fragment(item: $0, partial: "feature-link", root: root, cache: cache) }
    }

    /// Key results (`kr`) for a page at `path`.
    func keyResults(_ views: [KeyResultView], path: String) -> [Fragment] {
        let root = SitePath.root(of: path), cache = fragments
        return views.map { Fragment(item: $0, partial: "kr", root: root, cache: cache) }
    }

    /// Every file of the site except the static assets.
    func jobs() -> [OutputJob] {
        // The data files come first: each is one long job, best started while pages fill the other cores.
        let families: [@Sendable (SitePlanner) -> [OutputJob]] = [
            { $0.dataJobs() }, { $0.boardJobs() }, { $0.timelineJobs() }, { $0.matrixJobs() }, { [$0.graphJob()] }, { $0.objectiveJobs() }, { $0.featureJobs() },
            { $0.backlogJobs() }, { $0.groupJobs() }, { $0.healthJobs() }, { [$0.searchJob()] }, { $0.changesJobs() },
            { $0.redirectJobs() }, { $0.capacityJobs() },
        ]
        // Planning is a tenth of a rebuild; the families are independent, so plan them side by side.
        return ParallelRunner.map(count: families.count) { families[$0](self) }.flatMap { $0 }
    }

    /// A page rendered from `template`; `content` runs on a worker thread.
    func page(_ path: String, template: String, section: Chrome.Section, title: String,
              content: @escaping @Sendable () -> any ViewModel) -> OutputJob {
        let chrome = chromeMaker(path, section: section, title: title), salt = salt, templates = templates
        return OutputJob(path: path) {
            let page = Page(chrome: chrome(), content: content())
            return Product(digest: SitePlanner.fingerprint(page, template: template, salt: salt)) {
                Array(templates.render(template, page).utf8)
            }
        }
    }

    /// Makes the chrome of the page at `path` on a worker thread (the shared header and footer
    /// when they were rendered ahead).
    func chromeMaker(_ path: String, section: Chrome.Section, title: String) -> @Sendable () -> Chrome {
        let site = model.site, templates = templates
        let parts = chromeParts[Chrome.partsKey(section, SitePath.root(of: path))]
        return {
            let (header, footer) = parts ?? SitePlanner.chromeParts(site: site, section: section, path: path, templates: templates)
            return Chrome(site: site, section: section, path: path, pageTitle: title, header: header, footer: footer)
        }
    }

    /// A page's fingerprint: the templates and generator (`salt`), its template and what it shows.
    static func fingerprint(_ page: Page, template: String, salt: Digest) -> Digest {
        var hasher = StableHasher()
        hasher.add(salt)
        hasher.add(template)
        page.fingerprint(into: &hasher)
        return hasher.finish()
    }

    /// Splits a list into pages of `size`, one job per page.
    func paged<T: Sendable>(
        _ items: [T], base: String, size: Int = SitePlanner.pageSize, template: String,
        section: Chrome.Section, title: String,
        content: @escaping @Sendable (ArraySlice<T>, PagerView, String) -> any ViewModel
    ) -> [OutputJob] {
        let pagination = Pagination(total: items.count, size: size)
        return (1...pagination.pageCount).map { number in
            let path = SitePath.paged(base, page: number)
            let pageTitle = pagination.pageCount > 1 ? "\(title) (page \(number) of \(pagination.pageCount))" : title
            let slice = items[pagination.range(ofPage: number)]
            return page(path, template: template, section: section, title: pageTitle) {
                content(slice, PagerView(base: base, current: number, count: pagination.pageCount), path)
            }
        }
    }

    /// The body of an item whose page shows `title` as its heading; a first heading that only
    /// repeats the title is dropped.
    func body(markdown: String, title: String, sourcePath: String, pagePath: String) -> BodyView {
        BodyView(markdown: LeadingTitle.strip(markdown, title: title), sourcePath: sourcePath, root: SitePath.root(of: pagePath),
                 renderer: bodyRenderer, links: model.links, linkDigest: model.linkDigest)
    }

    func source(_ path: String) -> SourceView { SourceView(path: path, url: model.sourceURL(path)) }
}
