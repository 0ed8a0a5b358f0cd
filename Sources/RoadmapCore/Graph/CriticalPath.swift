/// The chain of unfinished work that ends last.
///
/// A chain is two or more unfinished PRDs (any status that is not done), each depending on the
/// one before it; finished PRDs hold nothing up and are not part of it, and edges inside a
/// dependency cycle (RM506) are ignored. Every PRD of a chain has three measures of when the
/// chain reaching it ends, and chains compare by them in this order:
/// 1. **its date**: the latest end of a PRD along the chain, where a PRD ends on its `due` date,
///    else on the last day of its `quarter`, else it has no end of its own. A PRD without an end
///    still carries the dates of what it waits on (it cannot end earlier); a chain with no end
///    at all comes before every dated one;
/// 2. **its effort**: RICE effort summed along the chain (a PRD without RICE adds nothing);
/// 3. **its length** in PRDs.
///
/// The path ends at the PRD (with an unfinished dependency) whose chain compares greatest, and
/// is followed back through, at each step, the dependency whose own chain compares greatest: the
/// one that holds the next one up, as in the critical path method. Equal chains are broken by
/// the smaller id. So with dates anywhere on the chains the dates decide (`basis` is `.dates`),
/// and the effort only breaks ties between equal dates; with no dates on any chain it is the
/// longest chain by effort (`basis` is `.effort`).
public struct CriticalPath: Sendable, Equatable {
    public enum Basis: String, Sendable { case dates, effort }

    public struct Step: Sendable, Equatable {
        public let id: ItemID
        /// The PRD's own end: its due date, else its quarter's last day.
        public let end: CalendarDate?
        /// Its RICE effort in person-months.
        public let effort: Double?
        /// The chain's date up to and including this step.
        public let chainEnd: CalendarDate?
        /// The chain's effort up to and including this step.
        public let chainEffort: Double
    }

    public let basis: Basis
    /// First (what everything else waits on) to last.
    public let steps: [Step]

    public var end: CalendarDate? { steps.last?.chainEnd }
    public var effort: Double { steps.last?.chainEffort ?? 0 }

    /// A PRD's own end: its due date, else the last day of its quarter.
    public static func end(of feature: Feature) -> CalendarDate? { feature.due ?? feature.quarter?.lastDay }
}

extension WorkGraph {
    /// What a chain ending at a node measures; compared lexicographically, a missing date lowest.
    /// Effort is kept in thousandths of a person-month, so sums compare exactly.
    struct ChainMeasure: Comparable {
        var end: CalendarDate?
        var effort: Int
        var length: Int

        static func < (a: ChainMeasure, b: ChainMeasure) -> Bool {
            if a.end != b.end {
                guard let x = a.end else { return true }
                guard let y = b.end else { return false }
                return x < y
            }
            return (a.effort, a.length) < (b.effort, b.length)
        }
    }

    static func milli(_ effort: Double?) -> Int { effort.map { Int(($0 * 1000).rounded()) } ?? 0 }

    /// The critical path, or nil when no unfinished PRD waits on unfinished work.
    public func criticalPath() -> CriticalPath? {
        var measure = [ChainMeasure?](repeating: nil, count: count)
        var previous = [Int?](repeating: nil, count: count)
        for node in openTopologicalOrder() {
            let feature = features[node]
            var best: Int?
            for dependency in openUpstream(node) {
                guard let candidate = measure[dependency] else { continue }
                // Ascending numbers: a later equal candidate never replaces an earlier, smaller id.
                if let b = best, let current = measure[b], !(current < candidate) { continue }
                best = dependency
            }
            let before = best.flatMap { measure[$0] } ?? ChainMeasure(end: nil, effort: 0, length: 0)
            let own = CriticalPath.end(of: feature)
            let end: CalendarDate? = switch (before.end, own) {
            case let (x?, y?): max(x, y)
            case let (x, y): x ?? y
            }
            measure[node] = ChainMeasure(end: end, effort: before.effort + WorkGraph.milli(feature.rice?.effort),
                                         length: before.length + 1)
            previous[node] = best
        }
        var last: Int?
        for node in 0..<count where previous[node] != nil {
            guard let m = measure[node] else { continue }
            if let l = last, let current = measure[l], !(current < m) { continue }
            last = node
        }
        guard let terminal = last else { return nil }
        var chain: [Int] = []
        var cursor: Int? = terminal
        while let node = cursor {
            chain.append(node)
            cursor = previous[node]
        }
        let steps = chain.reversed().map { node -> CriticalPath.Step in
            let f = features[node], m = measure[node]!
            return CriticalPath.Step(id: f.id, end: CriticalPath.end(of: f), effort: f.rice?.effort,
                                     chainEnd: m.end, chainEffort: Double(m.effort) / 1000)
        }
        return CriticalPath(basis: measure[terminal]?.end == nil ? .effort : .dates, steps: steps)
    }
}
