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
