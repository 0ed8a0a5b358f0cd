import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapLSPProtocol
import RoadmapSources

/// The roadmap as the editor has it: a long-lived, incrementally compiling session over the
/// files on disk with the open documents in place of their files. Used only on the thread that
/// handles messages (the watcher's reports reach it through the server's `schedule`).
final class Workspace: @unchecked Sendable {
    let session: RoadmapSession
    let encoding: PositionEncoding
    private(set) var documents: [String: TextDocument] = [:]
    private(set) var compilation: Compilation?
    /// Whether documents or files changed since the last compile.
    private(set) var isStale = true
    /// Texts of closed files, indexed on first need, per compile.
    private var closedTexts: [String: LineIndex] = [:]
    /// What the file watcher covers, when one runs: then the listing of the tree is kept between
    /// compiles and brought up to date from its reports instead of walked on every keystroke.
    var watched: (@Sendable (String) -> Bool)?
    /// Paths the watcher reported since the last compile.
    private var reported: [String] = []
    private var fileURIs: [String: String] = [:]

    init(session: RoadmapSession, encoding: PositionEncoding) {
        self.session = session
        self.encoding = encoding
    }

    var root: String { session.location.root }
    var config: RoadmapConfig? { compilation?.roadmap.config }

    // MARK: Documents

    func open(_ document: TextDocument) {
        documents[document.uri] = document
        changed()
    }

    func change(_ uri: String, version: Int?, changes: [JSONValue]) throws(ResponseError) {
        guard var document = documents[uri] else { throw .invalidParams("\(uri) is not open") }
        try document.apply(changes, encoding: encoding)
        if let version { document.version = version }
        documents[uri] = document
        changed()
    }

    func close(_ uri: String) {
        guard let document = documents.removeValue(forKey: uri) else { return }
        if let path = document.path { session.filesChanged([path]) }
        changed()
    }

    /// Files changed on disk, as the watcher or the editor reports them.
    func filesChanged(_ paths: [String]) {
        if watched != nil { reported += paths } else { session.filesChanged(paths) }
        changed()
    }

    private func changed() {
        isStale = true
        closedTexts = [:]
    }

    /// The roadmap compiled with the open documents, compiling again only when something changed.
    @discardableResult
    func current() throws(SourceError) -> Compilation {
        if let compilation, !isStale { return compilation }
        var buffers: [String: [UInt8]] = [:]
        for document in documents.values { if let path = document.path { buffers[path] = document.bytes } }
        session.setBuffers(buffers)
        if let watched {
            session.treeChanged(reported, covers: watched)
            reported = []
        }
        let compiled = try session.compile()
        compilation = compiled
        isStale = false
        closedTexts = [:]
        return compiled
    }

    // MARK: Paths and texts

    /// The root-relative path of a `file:` URI inside the roadmap; nil for anything else.
    func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let file = url.standardizedFileURL.path
        // Not the file's own link target: a link opened in the editor is that link, as `check` sees it.
        for candidate in [file, Self.resolved(file)] {
            if candidate.hasPrefix(root + "/") { return String(candidate.dropFirst(root.count + 1)) }
        }
        return nil
    }

    private static func resolved(_ path: String) -> String {
        // The folder may be reached through a link (macOS's /tmp); the file itself may not exist yet.
        let folder = (path as NSString).deletingLastPathComponent
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + (path as NSString).lastPathComponent
    }

    /// The URI of `path`: the open document's (as the editor spelled it), or a `file:` URI.
    /// `remember`: keep it for the next time (not from threads that only read).
    func uri(of path: String, remember: Bool = true) -> String {
        if let document = documents.values.first(where: { $0.path == path }) { return document.uri }
        if let known = fileURIs[path] { return known }
        // Kept: diagnostics of thousands of files are published.
        let made = FileURI.of(absolutePath: root + "/" + path)
        if remember { fileURIs[path] = made }
        return made
    }

    /// The text of `path` as compiled: the open document's, or the file's. `keep`: remember a
    /// closed file's index until the next change (not for the one-off pass of a publication over
    /// thousands of files).
    func lines(of path: String, keep: Bool = true) -> LineIndex? {
        if let document = documents.values.first(where: { $0.path == path }) { return document.lines }
        if let known = closedTexts[path] { return known }
        let text = compilation?.texts[path] ?? (try? String(contentsOfFile: root + "/" + path, encoding: .utf8))
        guard let text else { return nil }
        let lines = LineIndex(text)
        if keep { closedTexts[path] = lines }
        return lines
    }

    /// The LSP range of a compiler location in `lines`.
    func range(of location: SourceLocation, in lines: LineIndex) -> TextRange {
        let start = lines.offset(line: location.line, scalarColumn: location.column)
        let end = lines.offset(line: location.line, scalarColumn: location.column + location.length)
        return TextRange(start: lines.position(of: start, encoding: encoding), end: lines.position(of: end, encoding: encoding))
    }

    func range(of bytes: Range<Int>, in lines: LineIndex) -> TextRange {
        TextRange(start: lines.position(of: bytes.lowerBound, encoding: encoding), end: lines.position(of: bytes.upperBound, encoding: encoding))
    }

    /// What kind of roadmap file `path` is.
    func kind(of path: String) -> FileKind {
        guard let config else { return .other }
        if path.hasPrefix(config.prdsFolder + "/") && path.hasSuffix(".md") { return .prd }
        if path.hasPrefix(config.okrsFolder + "/") && path.hasSuffix(".md") { return .objective }
        return .other
    }

    enum FileKind { case prd, objective, other }
}
