/// Each team's committed effort per quarter against the capacity `roadmap.yml` gives it.
///
/// A PRD commits its RICE `effort` (person-months) to its team:
/// - with `start` and `due`, spread over the days from start to due (both included), each quarter
///   getting the share of the days that fall in it;
/// - otherwise with a `quarter`, all of it to that quarter;
/// - otherwise with only `due` (or only `start`), all of it to that date's quarter;
/// - with only a horizon, or no plan at all, to no quarter.
/// Shipped work still counts: it used the capacity of the quarters it ran in. Work in a closed
/// status other than the first done one (dropped, cancelled) commits nothing. A PRD without RICE
/// effort is listed as unknown in each quarter it falls in, without a figure.
public struct CapacityPlan: Hashable, Sendable {
    /// One PRD's part of a cell.
    public struct Share: Hashable, Sendable {
        public let feature: ItemID
        public let title: String
        public let personMonths: Double
    }

    /// One team in one quarter with declared capacity.
    public struct Cell: Hashable, Sendable {
        public let entry: CapacityEntry
        /// The sum of `shares`.
        public let committed: Double
        /// Largest first, ties by id.
        public let shares: [Share]
        /// PRDs in this quarter without effort, by id.
        public let unknown: [Share]

        public var team: String { entry.team }
        public var quarter: Quarter { entry.quarter }
        public var capacity: Double { entry.personMonths }
        /// Past the capacity by more than rounding noise.
        public var isOver: Bool { committed > capacity + 1e-9 }
    }

    /// In the order `capacity` lists them: by team as written, each team's quarters as written.
    public let cells: [Cell]

    public init(features: [Feature], config: RoadmapConfig) {
        let entries = config.capacity
        guard !entries.isEmpty else { cells = []; return }
        let wanted = Set(entries.map { CellKey(team: $0.team, quarter: $0.quarter) })
        let teams = Set(entries.map(\.team))
        let dropped = Set(config.doneStatuses.dropFirst())
        var shares: [CellKey: [Share]] = [:]
        var unknown: [CellKey: [Share]] = [:]
        for feature in features {
            guard let team = feature.team, teams.contains(team), !dropped.contains(feature.status) else { continue }
            for (quarter, fraction) in Self.spread(feature) {
                let key = CellKey(team: team, quarter: quarter)
                guard wanted.contains(key) else { continue }
                if let effort = feature.rice?.effort {
                    shares[key, default: []].append(Share(feature: feature.id, title: feature.title, personMonths: effort * fraction))
                } else {
                    unknown[key, default: []].append(Share(feature: feature.id, title: feature.title, personMonths: 0))
                }
            }
        }
        cells = entries.map { entry in
            let key = CellKey(team: entry.team, quarter: entry.quarter)
            let list = (shares[key] ?? []).sorted { $0.personMonths != $1.personMonths ? $0.personMonths > $1.personMonths : $0.feature < $1.feature }
            // Summed in id order, so the total does not depend on the order PRDs were read in.
            let committed = list.sorted { $0.feature < $1.feature }.reduce(0) { $0 + $1.personMonths }
            return Cell(entry: entry, committed: committed, shares: list,
                        unknown: (unknown[key] ?? []).sorted { $0.feature < $1.feature })
        }
    }

    /// The quarters a PRD's work falls in and the fraction of it in each (summing to 1), in order.
    public static func spread(_ feature: Feature) -> [(Quarter, Double)] {
        if let start = feature.start, let due = feature.due, start <= due {
            let total = Double(due.ordinal - start.ordinal + 1)
            var result: [(Quarter, Double)] = []
            var quarter = start.quarter
            while quarter <= due.quarter {
                let first = max(quarter.firstDay.ordinal, start.ordinal), last = min(quarter.lastDay.ordinal, due.ordinal)
                result.append((quarter, Double(last - first + 1) / total))
                quarter = quarter.next
            }
            return result
        }
        if let quarter = feature.quarter { return [(quarter, 1)] }
        if let date = feature.due ?? feature.start { return [(date.quarter, 1)] }
        return []
    }

    private struct CellKey: Hashable {
        let team: String
        let quarter: Quarter
    }
}
