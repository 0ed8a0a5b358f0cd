import Foundation
import RoadmapCore

/// How `roadmap list` orders PRDs.
public enum FeatureSort: String, Sendable, CaseIterable {
    /// Highest RICE score first; PRDs without RICE last.
    case rice
    /// Earliest `due` first; PRDs without one last.
    case due
    /// In workflow order (idea before shipped).
    case status
    case id
}

/// A query over the PRDs of a compiled roadmap: filters of different kinds must all hold (AND),
/// several values of one kind are alternatives (OR). Ties in any order are broken by id.
public struct FeatureQuery: Sendable, Hashable {
    /// Exact statuses.
    public var statuses: [String] = []
    /// Teams, ignoring case.
    public var teams: [String] = []
    /// Parts of the owner's name, ignoring case (`lena` matches Lena Vogel).
    public var owners: [String] = []
    /// Tags, ignoring case.
    public var tags: [String] = []
    /// Quarters the PRD is planned for (`quarter`).
    public var quarters: [Quarter] = []
    /// Horizons (`now`, `next`, `later`).
    public var horizons: [Horizon] = []
    /// `objective` matches PRDs that move the objective or any of its key results;
    /// `objective/kr` those that name that key result.
    public var okrs: [OKRReference] = []
    /// The order of the result.
    public var sort: FeatureSort = .id
    /// A custom score of `roadmap.yml` to order by instead of `sort`: highest first, PRDs without
    /// it last, ties by id.
    public var scoreSort: String? = nil

    /// A query that matches every PRD, sorted by id.
    public init() {}

    /// Whether `f` passes every filter.
    public func matches(_ f: Feature) -> Bool {
        (statuses.isEmpty || statuses.contains(f.status))
            && (teams.isEmpty || teams.contains { t in f.team.map { $0.caseInsensitiveCompare(t) == .orderedSame } ?? false })
            && (owners.isEmpty || owners.contains { f.owner.range(of: $0, options: .caseInsensitive) != nil })
            && (tags.isEmpty || tags.contains { t in f.tags.contains { $0.caseInsensitiveCompare(t) == .orderedSame } })
            && (quarters.isEmpty || f.quarter.map(quarters.contains) == true)
            && (horizons.isEmpty || f.horizon.map(horizons.contains) == true)
            && (okrs.isEmpty || okrs.contains { wanted in f.okrs.contains { moves($0, wanted) } })
    }

    private func moves(_ named: OKRReference, _ wanted: OKRReference) -> Bool {
        wanted.keyResult == nil ? named.objective == wanted.objective : named == wanted
    }

    /// The matching PRDs of `roadmap`, in the query's order.
    public func run(on roadmap: Roadmap) -> [Feature] {
        let workflow = Dictionary(roadmap.config.statuses.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        if let score = scoreSort {
            return roadmap.features.filter(matches).sorted { a, b in
                FeatureQuery.before(a.scores[score], b.scores[score], a, b, ascending: false)
            }
        }
        return roadmap.features.filter(matches).sorted { a, b in
            switch sort {
            case .id: return a.id < b.id
            case .rice: return FeatureQuery.before(a.rice?.score, b.rice?.score, a, b, ascending: false)
            case .due: return FeatureQuery.before(a.due?.ordinal, b.due?.ordinal, a, b, ascending: true)
            case .status: return FeatureQuery.before(workflow[a.status], workflow[b.status], a, b, ascending: true)
            }
        }
    }

    /// Sets the order from its name: one of `FeatureSort`'s, else a custom score's (checked by
    /// `unknownValues` against the roadmap).
    public mutating func setSort(_ name: String) {
        if let builtIn = FeatureSort(rawValue: name) { sort = builtIn; scoreSort = nil } else { scoreSort = name }
    }

    /// Missing values last, then by id.
    private static func before<T: Comparable>(_ x: T?, _ y: T?, _ a: Feature, _ b: Feature, ascending: Bool) -> Bool {
        switch (x, y) {
        case let (x?, y?) where x != y: return ascending ? x < y : x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
}
