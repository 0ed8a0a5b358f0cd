/// `source:rest`, how one roadmap of a portfolio names an item of another: `platform:card-vault`,
/// `company:grow/kr1`; and, for diagnostics of a source's files, `payments:prds/saved-cards.md`.
///
/// The source part is a valid id (lower-case letters, digits, hyphens) followed by the first
/// colon; a plain id never contains a colon, so a bare reference is never mistaken for one.
public struct QualifiedName: Hashable, Sendable, CustomStringConvertible {
    public let source: String
    public let local: String

    public init(source: String, local: String) {
        self.source = source
        self.local = local
    }

    /// Splits `text` at its first colon; nil when there is none, or the source part is not an id
    /// or the part after it is empty.
    public init?(_ text: String) {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let source = String(Substring(text.utf8[..<colon]))
        let local = String(Substring(text.utf8[text.utf8.index(after: colon)...]))
        guard ItemID.isValid(source), !local.isEmpty else { return nil }
        self.init(source: source, local: local)
    }

    public var description: String { "\(source):\(local)" }

    /// A source's root-relative path as the portfolio reports it.
    public static func path(_ path: String, in source: String) -> String { "\(source):\(path)" }
}
