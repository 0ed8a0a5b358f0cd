/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        let limit = word.count <= 3 ? 1 : word.count <= 6 ? 2 : 3
        return best.1 <= limit ? best.0 : nil
    }

    /// Every candidate close enough to `word` to be what was meant, the closest first.
    static func candidates(for word: String, among candidates: [String]) -> [(word: String, distance: Int)] {
        let lowered = word.lowercased()
        let limit = word.count <= 3 ? 1 : word.count <= 6 ? 2 : 3
        let scored: [(word: String, distance: Int)] = candidates.map { ($0, distance(lowered, $0.lowercased())) }
        let close = scored.filter { $0.distance <= limit }
        return close.sorted { a, b in a.distance != b.distance ? a.distance < b.distance : a.word < b.word }
    }

    /// Edit distance over characters where swapping two neighbours counts as one edit
    /// (optimal string alignment), since `titel` for `title` is one slip, not two.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
