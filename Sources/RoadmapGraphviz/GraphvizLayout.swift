import CGraphviz
import RoadmapCore

/// Lays DOT out with Graphviz's `dot` engine and renders it as SVG, in memory, through the
/// library (no process, no temporary files).
///
/// Graphviz keeps global state (its error hooks, the parser), so it is not thread-safe: every
/// call holds one lock, and each call makes and frees its own context and graph.
public enum GraphvizLayout {
    private static let lock = Locked(())

    /// What Graphviz reported during the current call; read and written under `lock` only.
    nonisolated(unsafe) private static var messages: [String] = []
    /// The last graph laid out and its SVG, under `lock`: a live preview plans the site after
    /// every edit, and most edits leave the graph as it was.
    nonisolated(unsafe) private static var last: (dot: String, svg: String)?

    /// The SVG document of `dot`.
    public static func svg(_ dot: String) throws(GraphvizError) -> String { try svg(dot, reuse: true) }

    /// Laid out afresh even when `dot` was the last graph (the tests compare two layouts).
    static func freshSVG(_ dot: String) throws(GraphvizError) -> String { try svg(dot, reuse: false) }

    private static func svg(_ dot: String, reuse: Bool) throws(GraphvizError) -> String {
        let result: Result<String, GraphvizError> = lock.withLock { _ in
            if reuse, let last, last.dot == dot { return .success(last.svg) }
            let made = layOut(dot)
            if case .success(let svg) = made { last = (dot, svg) }
            return made
        }
        return try result.get()
    }

    /// One layout; the caller holds `lock`.
    private static func layOut(_ dot: String) -> Result<String, GraphvizError> {
        messages = []
        // Warnings go to our hook instead of stderr; errors too, so they can be reported.
        _ = agseterr(AGERR)
        _ = agseterrf { text in
            if let text { GraphvizLayout.messages.append(String(cString: text)) }
            return 0
        }
        guard let context = gvContext() else { return .failure(GraphvizError(message: "no context")) }
        defer { gvFreeContext(context) }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            return .failure(GraphvizError(message: messages.joined().trimmed.nonEmpty ?? "the graph could not be read"))
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, "dot") == 0 else {
            return .failure(GraphvizError(message: messages.joined().trimmed.nonEmpty ?? "the layout failed"))
        }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, "svg", &data, &length) == 0, let data else {
            return .failure(GraphvizError(message: messages.joined().trimmed.nonEmpty ?? "the SVG could not be rendered"))
        }
        defer { gvFreeRenderData(data) }
        let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The `<svg>` element of a Graphviz SVG document, for putting inside an HTML page: without
    /// the XML declaration, the doctype and Graphviz's comments (its version, node names), and
    /// without the blank lines the comments leave. One pass over the bytes: Foundation's
    /// `range(of:)` restarted from the front measured 1.3 s on a 700 KB drawing.
    public static func inlineSVG(_ document: String) -> String {
        let bytes = Array(document.utf8)
        func starts(_ pattern: [UInt8], at i: Int) -> Bool {
            i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
        }
        let svg = Array("<svg".utf8), open = Array("<!--".utf8), close = Array("-->".utf8)
        guard var i = bytes.indices.first(where: { starts(svg, at: $0) }) else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - i)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), starts(open, at: i) {
                i += open.count
                while i < bytes.count, !starts(close, at: i) { i += 1 }
                i += close.count
                continue
            }
            if bytes[i] == UInt8(ascii: "\n"), out.last == UInt8(ascii: "\n") || out.isEmpty {
                i += 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        while out.last == UInt8(ascii: "\n") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
    var nonEmpty: String? { isEmpty ? nil : self }
}
