import Mustache
import RoadmapTheme

/// The templates of one build: every `*.mustache` file of the template folders, the first folder
/// that has a name winning, parsed once and checked before any page is rendered.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Name -> the file it came from, for messages.
    let files: [String: String]
    /// Identifies the templates' text: a changed template re-renders every page.
    let digest: Digest

    /// Templates the builder renders itself: the pages, the navigation (rendered once per section
    /// and depth) and a feature table row (rendered once per feature and kind of list). Other
    /// partials and layouts are up to the theme.
    static let pageTemplates = [
        "board", "timeline", "objectives", "objective", "prd", "list", "groups", "health", "search",
        "changes", "header", "footer", "feature-row", "feature-link", "kr", "capacity",
    ]

    static func load(layers: [ThemeLayer]) throws(SiteError) -> TemplateSet {
        FastHTMLContentType.register()
        var sources: [String: (file: String, text: String)] = [:]
        for layer in layers {
            for file in try ThemeReader.files(of: layer, under: "") where file.relative.hasSuffix(".mustache") {
                let name = String(file.relative.dropLast(".mustache".count))
                guard sources[name] == nil else { continue }
                sources[name] = (file.origin, String(decoding: try file.bytes(), as: UTF8.self))
            }
        }
        for name in pageTemplates where sources[name] == nil {
            throw SiteError.missingTemplate(name: name, searched: layers.map(\.description))
        }
        var library = MustacheLibrary()
        var hasher = StableHasher()
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            hasher.add(name, source.text)
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw SiteError.template(
                    file: source.file, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: TemplateSet.describe(error.error))
            } catch {
                throw SiteError.template(file: source.file, line: 1, column: 1, message: "\(error)")
            }
        }
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            for reference in PartialReferences.scan(source.text) where sources[reference.name] == nil {
                throw SiteError.template(
                    file: source.file, line: reference.line, column: reference.column,
                    message: "no template or partial named '\(reference.name)' (looked for \(reference.name).mustache)")
            }
        }
        return TemplateSet(library: library, files: sources.mapValues(\.file), digest: hasher.finish())
    }

    func render(_ template: String, _ page: Page) -> String {
        library.render(page, withTemplate: template) ?? ""
    }

    /// Regular files below a folder, as sorted relative paths; hidden entries and symbolic links
    /// are skipped, so a template folder cannot pull in files from elsewhere.
    static func files(in folder: String, under prefix: String) throws(SiteError) -> [String] {
        var found: [String] = []
        let here = prefix.isEmpty ? folder : folder + "/" + prefix
        for name in try FileSystem.list(here) where !name.hasPrefix(".") {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch FileSystem.kind(folder + "/" + relative) {
            case .file: found.append(relative)
            case .directory: found += try files(in: folder, under: relative)
            default: continue
            }
        }
        return found
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "section closed with a name that does not match the one opened"
        case .unfinishedName: return "tag is not closed, or its name is malformed"
        case .expectedSectionEnd: return "section is never closed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to a block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}) may appear inside {{<parent}}"
        case .textInsideInheritSection: return "only blocks may appear inside {{<parent}}"
        case .invalidConfigVariableSyntax: return "malformed {{% pragma}}"
        case .unrecognisedConfigVariable: return "unknown {{% pragma}}"
        }
    }
}
