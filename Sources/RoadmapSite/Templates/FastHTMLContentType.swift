import Mustache

/// HTML escaping for `{{% CONTENT_TYPE: ROADMAP_HTML}}` templates: the same five characters as
/// swift-mustache's own HTML escaping, without its per-character dictionary lookups, which cost
/// more than half of rendering a variable. A template without the pragma is escaped just as
/// safely, only more slowly.
struct FastHTMLContentType: MustacheContentType {
    static let name = "ROADMAP_HTML"

    func escapeText(_ text: String) -> String { HTML.escape(text) }

    /// Registration is global to the process; registering again is harmless.
    static func register() {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
    }
}
