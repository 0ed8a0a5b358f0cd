extension StringProtocol {
    /// Without leading and trailing spaces, tabs and newlines. Foundation's
    /// `trimmingCharacters(in:)` goes through NSString on Linux and was a hot spot of `check`.
    func trimmedSpace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}

extension String {
    /// Equality ignoring case, without allocating lower-cased copies when both are ASCII.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        let isASCII = a.allSatisfy { $0 < 0x80 } && b.allSatisfy { $0 < 0x80 }
        guard isASCII else { return lowercased() == other.lowercased() }
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= UInt8(ascii: "a") && (x | 0x20) <= UInt8(ascii: "z"))
        }
    }
}
