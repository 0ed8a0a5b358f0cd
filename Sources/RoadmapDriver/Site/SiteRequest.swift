import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSite
import RoadmapTheme

/// What a site is made for, as `roadmap build` and `roadmap serve` are asked: everything else
/// (theme layers, the revision in the footer, the exports) the session knows.
public struct SiteRequest: Sendable {
    /// Where the site is written; nil: `_site` in the roadmap's root (`_site-NAME` for an audience,
    /// so that the team's site and the audience's live side by side).
    public var outputFolder: String?
    /// The address the site is served from; nil: `base_url` of roadmap.yml.
    public var baseURL: String?
    /// Prefix of links to source files; nil shows paths as text.
    public var sourceURL: String?
    public var allowErrors = false
    public var force = false
    /// Put the calendar and the Markdown summary into the site.
    public var withExports = false
    /// Mine the git history for History sections, the Changes page and the feed.
    public var history = true
    /// Build the site this audience of `roadmap.yml` sees; nil: the team's, everything.
    public var audience: String?

    public init(outputFolder: String? = nil, baseURL: String? = nil, sourceURL: String? = nil,
                allowErrors: Bool = false, force: Bool = false, withExports: Bool = false, history: Bool = true,
                audience: String? = nil) {
        self.outputFolder = outputFolder
        self.baseURL = baseURL
        self.sourceURL = sourceURL
        self.allowErrors = allowErrors
        self.force = force
        self.withExports = withExports
        self.history = history
        self.audience = audience
    }
}

/// Why a site cannot even be set up.
public enum SiteSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ROADMAP_TEMPLATES` names something that is not a folder: building with the default theme
    /// instead would hide the mistake.
    case themeNotAFolder(String)
    /// `--audience NAME` names no audience of `roadmap.yml` (which has `known`).
    case unknownAudience(String, known: [String])

    public var description: String {
        switch self {
        case .unknownAudience(let name, let known) where known.isEmpty:
            "roadmap.yml declares no audiences, so there is no `\(name)` to build for; add one under `audiences:` (`roadmap explain RM818` shows how)"
        case .unknownAudience(let name, let known):
            "roadmap.yml has no audience `\(name)`"
                + (Suggestion.closest(to: name, among: known).map { "; did you mean `\($0)`?" } ?? "")
                + " (audiences: \(known.joined(separator: ", ")))"
        case .themeNotAFolder(let path):
            "ROADMAP_TEMPLATES is \(path), which is not a folder; point it at a theme folder (`roadmap theme export DIR` writes one) or unset it to use the built-in theme"
        }
    }
}

extension RoadmapSession {
    /// The theme layers of this roadmap: its own `templates/`, then `ROADMAP_TEMPLATES` or the
    /// theme compiled into the binary.
    public func themeLayers() throws(SiteSetupError) -> [ThemeLayer] {
        if let other = environment["ROADMAP_TEMPLATES"], !other.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: other, isDirectory: &isFolder), isFolder.boolValue else {
                throw .themeNotAFolder(other)
            }
        }
        return ThemeLayer.forRoadmap(root: location.root, environment: environment)
    }

    /// The site options `request` asks for, for a roadmap compiled as `compilation`.
    public func siteOptions(_ request: SiteRequest, compilation: Compilation) throws(SiteSetupError) -> SiteOptions {
        var options = themelessOptions(request, compilation: compilation)
        options.themeLayers = try themeLayers()
        options.audience = compilation.audience.map(SiteAudience.init)
        if request.withExports { options.extraFiles = exportInputs.siteFiles(compilation.roadmap) }
        return options
    }

    /// What the audience named `name` sees of `compilation` (see `Compilation.seen(by:)`); nil:
    /// `compilation` itself, the team's view.
    public func shown(_ compilation: Compilation, to name: String?) throws(SiteSetupError) -> Compilation {
        guard let name else { return compilation }
        guard let audience = compilation.roadmap.config.audience(named: name) else {
            throw .unknownAudience(name, known: compilation.roadmap.config.audiences.map(\.name))
        }
        return compilation.seen(by: audience)
    }

    /// `roadmap.json` of `compilation` and its entries, as `roadmap build` writes them (the
    /// document does not depend on the theme, so a broken `ROADMAP_TEMPLATES` cannot stop it).
    /// With the git history the site reads (check-ins, forecasts), when there is one to read.
    public func roadmapData(_ compilation: Compilation) -> RoadmapData {
        RoadmapData(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics,
                    options: themelessOptions(SiteRequest(allowErrors: true), compilation: compilation),
                    history: historyForSite(compilation).history)
    }

    /// The options of `request` with the built-in theme only and no exports.
    private func themelessOptions(_ request: SiteRequest, compilation: Compilation) -> SiteOptions {
        let output = request.outputFolder.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? location.root + "/_site" + (request.audience.map { "-" + $0 } ?? "")
        var site = SiteOptions(
            outputFolder: output, baseURL: request.baseURL ?? compilation.roadmap.config.baseURL,
            templateFolders: [], sourceLinkBase: request.sourceURL,
            allowErrors: request.allowErrors, force: request.force, generatorVersion: "roadmap " + RoadmapVersion.current,
            revision: revisionLabel)
        site.today = self.options.today
        return site
    }

    /// What exports take from where the roadmap was read.
    public var exportInputs: ExportInputs { ExportInputs(location: location, source: source) }
}
