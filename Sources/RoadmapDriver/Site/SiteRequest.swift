import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSite
import RoadmapTheme

/// What a site is made for, as `roadmap build` and `roadmap serve` are asked: everything else
/// (theme layers, the revision in the footer, the exports) the session knows.
public struct SiteRequest: Sendable {
    /// Where the site is written; nil: `_site` in the roadmap's root.
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

    public init(outputFolder: String? = nil, baseURL: String? = nil, sourceURL: String? = nil,
                allowErrors: Bool = false, force: Bool = false, withExports: Bool = false, history: Bool = true) {
        self.outputFolder = outputFolder
        self.baseURL = baseURL
        self.sourceURL = sourceURL
        self.allowErrors = allowErrors
        self.force = force
        self.withExports = withExports
        self.history = history
    }
}

/// Why a site cannot even be set up.
public enum SiteSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ROADMAP_TEMPLATES` names something that is not a folder: building with the default theme
    /// instead would hide the mistake.
    case themeNotAFolder(String)

    public var description: String {
        switch self {
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
        if request.withExports { options.extraFiles = exportInputs.siteFiles(compilation.roadmap) }
        return options
    }

    /// `roadmap.json` of `compilation` and its entries, as `roadmap build` writes them (the
    /// document does not depend on the theme, so a broken `ROADMAP_TEMPLATES` cannot stop it).
    /// With the git history the site reads (check-ins, forecasts), when there is one to read.
    public func roadmapData(_ compilation: Compilation) -> RoadmapData {
        RoadmapData(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics,
                    options: themelessOptions(SiteRequest(allowErrors: true), compilation: compilation),
                    history: historyForSite(config: compilation.roadmap.config).history)
    }

    /// The options of `request` with the built-in theme only and no exports.
    private func themelessOptions(_ request: SiteRequest, compilation: Compilation) -> SiteOptions {
        let output = request.outputFolder.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? location.root + "/_site"
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
