import Mustache

/// A Markdown body, rendered only when a template actually inserts it (`{{{body}}}`), so that a
/// page reused from the previous build never pays for Markdown rendering.
struct BodyView: MustacheCustomRenderable, MustacheParent, Fingerprintable, Sendable {
    /// A view into the item's body (without a heading that repeats the title), so that planning
    /// does not copy every body.
    let markdown: Substring
    let sourcePath: String
    /// How deep the page is, for links rewritten to other pages.
    let root: String
    let renderer: any BodyRenderer
    let links: LinkRewriter
    let linkDigest: Digest

    var renderText: String {
        let links = links, sourcePath = sourcePath, root = root
        return renderer.render(markdown: String(markdown), sourcePath: sourcePath) { destination in
            links.rewrite(destination, from: sourcePath, root: root)
        } unlink: { destination, text in
            links.unlinkedText(destination, text: text, from: sourcePath)
        }
    }

    var isNull: Bool { markdown.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } }

    /// No names of its own; being a parent keeps Mustache from reflecting over it.
    func child(named name: String) -> Any? { nil }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(markdown, sourcePath, root, renderer.cacheKey)
        hasher.add(linkDigest)
    }
}

/// Where an item's source file is, and a link to view it when the build knows one.
struct SourceView: ViewModel, Sendable {
    let path: String
    let url: String?

    func value(named name: String) -> Any? {
        switch name {
        case "path": path
        case "url": orAbsent(url)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(path, url) }
}

/// A front-matter field the format does not define, shown in the metadata panel.
struct FieldView: ViewModel, Sendable {
    let key: String
    let value: String

    func value(named name: String) -> Any? {
        switch name {
        case "key": key
        case "value": value
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(key, value) }
}
