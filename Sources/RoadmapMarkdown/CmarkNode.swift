import CCmarkGFM

/// Small typed accessors over cmark's C node API; every string is copied out immediately
/// because cmark's pointers die with the node.
enum CmarkNode {
    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func literal(_ node: OpaquePointer) -> String? {
        cmark_node_get_literal(node).map { String(cString: $0) }
    }

    static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    static func setURL(_ node: OpaquePointer, _ url: String) {
        _ = url.withCString { cmark_node_set_url(node, $0) }
    }

    /// 1-based line and byte column of the node's start; (0, 0) when cmark did not record one.
    static func start(_ node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    /// The heading's text as a reader sees it: code spans, emphasis, links and image alt text
    /// flattened, raw HTML and footnote markers dropped, whitespace runs collapsed.
    static func plainText(_ heading: OpaquePointer) -> String {
        var text = ""
        guard let iter = cmark_iter_new(heading) else { return text }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            switch type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(node) ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return collapsingWhitespace(text)
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
