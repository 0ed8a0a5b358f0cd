/// Reads the scheme of a link destination the way a browser would, so that checks cannot be
/// dodged with case or whitespace tricks.
enum URLScheme {
    /// Schemes that can run code or smuggle a document, and so never survive rendering.
    /// All of `data:` is refused, images included (cmark alone would let `data:image/png` through):
    /// a roadmap has no business inlining payloads, and one rule is easier to trust than four.
    static let dangerous: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// The lower-cased scheme of `destination`, or nil when it has none (a relative reference).
    ///
    /// Browsers drop leading C0 controls and spaces and ignore tabs and line breaks anywhere in a
    /// URL, so those are skipped here too: `" java\tscript:"` has the scheme `javascript`.
    /// cmark has already decoded entities and backslash escapes in the destination it hands us.
    static func scheme(of destination: String) -> String? {
        var scheme = ""
        var started = false
        for scalar in destination.unicodeScalars {
            let value = scalar.value
            if value == 0x09 || value == 0x0A || value == 0x0D { continue }
            if !started, value <= 0x20 { continue }
            started = true
            if value == 0x3A { return scheme.isEmpty ? nil : scheme }  // ":"
            let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            let isOther = (0x30...0x39).contains(value) || value == 0x2B || value == 0x2D || value == 0x2E
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(isLetter && value < 0x61 ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
        }
        return nil
    }

    /// Whether rendering `destination` as an `href` or `src` could execute script.
    static func isDangerous(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return false }
        return dangerous.contains(scheme)
    }
}
