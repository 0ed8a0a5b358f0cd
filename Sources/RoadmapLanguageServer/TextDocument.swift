import RoadmapCore
import RoadmapLSPProtocol

/// One document the editor has open: its text as the editor has it (saved or not), kept up to
/// date by full or incremental changes.
struct TextDocument {
    let uri: String
    /// Root-relative path, when the document is a file of the roadmap.
    let path: String?
    var version: Int
    private(set) var lines: LineIndex

    init(uri: String, path: String?, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        lines = LineIndex(text)
    }

    var bytes: [UInt8] { lines.bytes }

    /// Applies `didChange`'s content changes in order: a change with a range replaces that
    /// range (positions in `encoding`), one without replaces the whole text.
    mutating func apply(_ changes: [JSONValue], encoding: PositionEncoding) throws(ResponseError) {
        for change in changes {
            guard let text = change["text"]?.stringValue else {
                throw .invalidParams("a content change has no `text`")
            }
            guard let rangeValue = change["range"] else {
                lines = LineIndex(text)
                continue
            }
            guard let range = TextRange(rangeValue) else { throw .invalidParams("a content change has a malformed `range`") }
            let start = lines.offset(of: range.start, encoding: encoding)
            let end = max(start, lines.offset(of: range.end, encoding: encoding))
            var bytes = lines.bytes
            bytes.replaceSubrange(start..<end, with: Array(text.utf8))
            lines = LineIndex(bytes: bytes)
        }
    }
}
