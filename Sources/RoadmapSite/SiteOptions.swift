import RoadmapCore
import RoadmapTheme

/// How and where to build the site.
public struct SiteOptions: Sendable {
    /// Absolute path of the folder the site replaces (by default `<roadmap>/_site`).
    public var outputFolder: String
    /// The site's public address prefix, for canonical links (`/`, `https://acme.example/roadmap/`).
    public var baseURL: String
    /// Where templates are looked up, in order, first found wins: the roadmap's own `templates/`
    /// first, then the default theme. Static files under each layer's `assets/` are copied to the
    /// site's `assets/`, again first found wins.
    public var themeLayers: [ThemeLayer]
    /// URL prefix for "view source" links (`https://git.example/acme/roadmap/blob/main/`);
    /// nil shows the source path as text.
    public var sourceLinkBase: String?
    /// Build even when the diagnostics contain errors; broken items are marked on the site.
    public var allowErrors: Bool
    /// Replace an existing non-empty output folder that the site builder did not create.
    public var force: Bool
    /// Shown in every page's footer and part of every page's fingerprint.
    public var generatorVersion: String
    /// Where the content came from, shown in the footer (`main @ 1a2b3c4, 2026-05-02`); from git,
    /// never from the clock.
    public var revision: String?
    /// Reuse pages of the previous build whose inputs did not change, without rendering them.
    /// Off forces every page to be rendered (unchanged files still keep their modification time).
    public var incremental: Bool
    /// Files written into the site's root beside the pages, by name (`roadmap.ics`, `roadmap.md`):
    /// the exports of `build --with-exports`. The footer links `roadmap.ics` and `roadmap.md`
    /// when present.
    public var extraFiles: [String: String] = [:]
    /// The day the Now/Next/Later board places quarters against and the timeline marks: the
    /// compiler's day (`--today`, else `--at`, else SOURCE_DATE_EPOCH's day, else the clock's),
    /// so a reproducible build sets SOURCE_DATE_EPOCH. Nil places PRDs by their horizon only and
    /// draws no line for today.
    public var today: CalendarDate?
    /// The audience the site is for, whose projection the roadmap is; nil: the team's site.
    public var audience: SiteAudience?
    /// The names the site's calendar and Markdown summary are written under.
    public static let calendarFile = "roadmap.ics"
    public static let summaryFile = "roadmap.md"

    /// Options with the usual defaults: base URL `/`, no source links, errors stop the build,
    /// foreign folders are refused, incremental builds. `templateFolders` are searched before the
    /// built-in theme.
    public init(
        outputFolder: String, baseURL: String = "/", templateFolders: [String],
        sourceLinkBase: String? = nil, allowErrors: Bool = false, force: Bool = false,
        generatorVersion: String, revision: String? = nil, incremental: Bool = true
    ) {
        self.outputFolder = outputFolder
        self.baseURL = baseURL
        self.themeLayers = templateFolders.map(ThemeLayer.folder) + [.embedded]
        self.sourceLinkBase = sourceLinkBase
        self.allowErrors = allowErrors
        self.force = force
        self.generatorVersion = generatorVersion
        self.revision = revision
        self.incremental = incremental
    }
}
