import RoadmapCore

/// Open PRDs placed by RICE value (reach x impact x confidence) against effort, split into four
/// quadrants at the medians of the roadmap's own open work, so "high" means high for this
/// roadmap. Pure, so the quadrants are tested apart from the drawing.
struct ValueEffort: Sendable {
    enum Quadrant: String, CaseIterable, Sendable {
        case quickWins = "quick-wins", bigBets = "big-bets", fillIns = "fill-ins", moneyPits = "money-pits"

        var title: String {
            switch self {
            case .quickWins: "Quick wins"
            case .bigBets: "Big bets"
            case .fillIns: "Fill-ins"
            case .moneyPits: "Money pits"
            }
        }

        var summary: String {
            switch self {
            case .quickWins: "high value, low effort: do these first"
            case .bigBets: "high value, high effort: plan them deliberately"
            case .fillIns: "low value, low effort: when there is slack"
            case .moneyPits: "low value, high effort: question them"
            }
        }
    }

    struct Point: Sendable {
        let index: Int
        let value: Double
        let effort: Double
        let quadrant: Quadrant
    }

    /// Placed points, highest RICE score first (ties by id).
    let points: [Point]
    /// Open PRDs without complete RICE inputs, by id: listed beside the matrix, never dropped.
    let unscored: [Int]
    let valueMedian: Double
    let effortMedian: Double

    /// `features` indices of open work (not in a done status). A value at or above the median is
    /// high; an effort at or below the median is low, so a roadmap whose PRDs all weigh the same
    /// puts them all among the quick wins rather than splitting equals apart.
    init(features: [Feature], open: [Int]) {
        var placed: [(index: Int, value: Double, effort: Double)] = []
        var unscored: [Int] = []
        for i in open {
            guard let rice = features[i].rice else { unscored.append(i); continue }
            let value = rice.reach * rice.impact * rice.confidence
            guard value.isFinite, rice.effort.isFinite, rice.effort > 0 else { unscored.append(i); continue }
            placed.append((i, value, rice.effort))
        }
        let valueMedian = ValueEffort.median(placed.map(\.value))
        let effortMedian = ValueEffort.median(placed.map(\.effort))
        self.valueMedian = valueMedian
        self.effortMedian = effortMedian
        self.points = placed.map { p in
            let high = p.value >= valueMedian, low = p.effort <= effortMedian
            let quadrant: Quadrant = high ? (low ? .quickWins : .bigBets) : (low ? .fillIns : .moneyPits)
            return Point(index: p.index, value: p.value, effort: p.effort, quadrant: quadrant)
        }.sorted { a, b in
            let x = a.value / a.effort, y = b.value / b.effort
            return x != y ? x > y : features[a.index].id < features[b.index].id
        }
        self.unscored = unscored.sorted { features[$0].id < features[$1].id }
    }

    /// The middle value, or the mean of the two middle ones; 0 for none.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
