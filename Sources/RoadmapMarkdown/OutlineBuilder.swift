import CCmarkGFM

/// One walk over a parsed document collecting headings and links.
struct OutlineBuilder {
    private var locator: LinkLocator

    init(source: SourceLines) {
        locator = LinkLocator(source: source)
    }

    mutating func build(_ root: OpaquePointer) -> MarkdownOutline {
        var outline = MarkdownOutline()
        guard let iter = cmark_iter_new(root) else { return outline }
        defer { cmark_iter_free(iter) }
        var linksInOrder = true
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            switch CmarkNode.type(node) {
            case CMARK_NODE_HEADING:
                outline.headings.append(
                    .init(
                        level: Int(cmark_node_get_heading_level(node)),
                        text: CmarkNode.plainText(node),
                        line: CmarkNode.start(node).line))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let link = locator.link(for: node)
                if let last = outline.links.last, (last.line, last.column) > (link.line, link.column) {
                    linksInOrder = false
                }
                outline.links.append(link)
            default:
                break
            }
        }
        // cmark moves footnote definitions to the end of the document; put their headings and
        // links back where they were written. Stable sorts keep same-line order intact.
        if !linksInOrder {
            outline.links = stableSorted(outline.links) { ($0.line, $0.column) < ($1.line, $1.column) }
        }
        if zip(outline.headings, outline.headings.dropFirst()).contains(where: { $0.line > $1.line }) {
            outline.headings = stableSorted(outline.headings) { $0.line < $1.line }
        }
        return outline
    }

    private func stableSorted<Element>(_ items: [Element], by less: (Element, Element) -> Bool) -> [Element] {
        items.enumerated()
            .sorted { less($0.element, $1.element) || (!less($1.element, $0.element) && $0.offset < $1.offset) }
            .map(\.element)
    }
}
