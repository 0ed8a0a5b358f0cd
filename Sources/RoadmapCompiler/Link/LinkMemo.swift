import Foundation
import RoadmapCore

/// The last link of a long-lived session, its inputs and its result. When the only PRDs that
/// changed since then changed in what the linker passes through untouched (title, owner, team,
/// quarter, horizon, RICE, tags, extra fields, the body), the result is the last one with those
/// PRDs put in and their relative links checked again, instead of linking every item again: the
/// common edit, a PRD's prose, costs microseconds instead of a full link of 10,000 items. Any
/// other change (an id, a reference, a date or status the schedule checks read, an objective, a
/// file added or removed, the settings, the day, a linked file outside the roadmap appearing or
/// going) links afresh. `IncrementalDifferentialTests` holds the two to the same answers.
public final class LinkMemo: @unchecked Sendable {
    private struct Last {
        var config: RoadmapConfig
        var today: CalendarDate?
        var knownPaths: Set<String>
        var analyses: [FileAnalysis]
        var roadmap: Roadmap
        var diagnostics: [Diagnostic]
        /// Whether each path outside the roadmap's files that a relative link names existed.
        var outsideTargets: [String: Bool]
        /// Where each PRD's file is in `roadmap.features`, made when first needed.
        var featureIndexByPath: [String: Int]?
    }

    // Used by one compile at a time (the session's lock); the lock only makes that safe to assume.
    private let lock = NSLock()
    private var last: Last?
    /// Whether the last link reused the one before it, for tests.
    public private(set) var lastLinkWasReused = false

    public init() {}

    func link(_ analyses: [FileAnalysis], knownPaths: Set<String>, config: RoadmapConfig, today: CalendarDate?,
              fileExists: @escaping @Sendable (String) -> Bool) -> (Roadmap, [Diagnostic]) {
        lock.lock(); defer { lock.unlock() }
        if let changed = reusable(analyses, knownPaths: knownPaths, config: config, today: today, fileExists: fileExists),
           var taken = last {
            // Taken out, so that putting the new PRDs in changes it in place instead of copying
            // arrays of 10,000 analyses and features the memo would otherwise still share.
            last = nil
            Self.putIn(changed, analyses: analyses, into: &taken, fileExists: fileExists)
            last = taken
            lastLinkWasReused = true
            return (taken.roadmap, taken.diagnostics)
        }
        // The targets outside the roadmap's files that links name, and whether each existed.
        let outside = Locked<[String: Bool]>([:])
        let linker = Linker(config: config, today: today) { path in
            if knownPaths.contains(path) { return true }
            let exists = fileExists(path)
            outside.withLock { $0[path] = exists }
            return exists
        }
        let (roadmap, diagnostics) = linker.link(analyses)
        last = Last(config: config, today: today, knownPaths: knownPaths, analyses: analyses, roadmap: roadmap,
                    diagnostics: diagnostics, outsideTargets: outside.value)
        lastLinkWasReused = false
        return (roadmap, diagnostics)
    }

    /// The PRDs to put into the last link, or nil when it cannot be reused.
    private func reusable(_ analyses: [FileAnalysis], knownPaths: Set<String>, config: RoadmapConfig, today: CalendarDate?,
                          fileExists: (String) -> Bool) -> [Int]? {
        guard let previous = last, previous.config == config, previous.today == today,
              let changed = Self.passThroughChanges(from: previous.analyses, to: analyses),
              previous.knownPaths == knownPaths,
              previous.outsideTargets.allSatisfy({ fileExists($0.key) == $0.value }) else { return nil }
        return changed
    }

    /// The indices of the PRDs that changed only in what the linker passes through, or nil when
    /// anything else changed.
    private static func passThroughChanges(from old: [FileAnalysis], to new: [FileAnalysis]) -> [Int]? {
        guard old.count == new.count else { return nil }
        var changed: [Int] = []
        for index in new.indices {
            let (a, b) = (old[index], new[index])
            guard a.path == b.path else { return nil }
            switch (a.item, b.item) {
            case (.feature(let before), .feature(let after)):
                if before.feature.sharesStorage(with: after.feature) { continue }
                guard a.unreadable == nil, b.unreadable == nil, LinkInputs(before) == LinkInputs(after) else { return nil }
                changed.append(index)
            case (.objective(let before), .objective(let after)):
                guard before.objective == after.objective, before.idLocation == after.idLocation,
                      before.unreadableKeyResults == after.unreadableKeyResults, a.unreadable == b.unreadable else { return nil }
            case (.none, .none):
                guard a.unreadable == b.unreadable else { return nil }
            default:
                return nil
            }
        }
        return changed
    }

    private static func putIn(_ changed: [Int], analyses: [FileAnalysis], into last: inout Last,
                              fileExists: @escaping @Sendable (String) -> Bool) {
        if last.featureIndexByPath == nil {
            last.featureIndexByPath = Dictionary(last.roadmap.features.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let knownPaths = last.knownPaths
        var outside = last.outsideTargets
        let exists: (String) -> Bool = { path in
            if knownPaths.contains(path) { return true }
            let found = fileExists(path)
            outside[path] = found
            return found
        }
        var rechecked = Set<String>()
        for index in changed {
            guard case .feature(let draft) = analyses[index].item, let at = last.featureIndexByPath?[draft.feature.path] else { continue }
            let linked = last.roadmap.features[at]
            var feature = draft.feature
            if feature.id != linked.id { feature.id = linked.id }
            if feature.okrs != linked.okrs { feature.okrs = linked.okrs }
            if feature.dependsOn != linked.dependsOn { feature.dependsOn = linked.dependsOn }
            if feature.dependents != linked.dependents { feature.dependents = linked.dependents }
            // In place: the ids, and so the roadmap's index of them, stay as they were.
            last.roadmap.features[at] = feature
            rechecked.insert(feature.path)
            last.analyses[index] = analyses[index]
        }
        var diagnostics = last.diagnostics.filter { d in
            !(d.code == .brokenRelativeLink && d.location.map { rechecked.contains($0.path) } == true)
        }
        for path in rechecked.sorted() {
            guard let at = last.featureIndexByPath?[path] else { continue }
            diagnostics += RelativeLinks.check(path, last.roadmap.features[at].body, fileExists: exists)
        }
        last.outsideTargets = outside
        last.diagnostics = diagnostics
    }
}

/// What the linker reads of a PRD, besides its body's relative links.
private struct LinkInputs: Equatable {
    var id: ItemID, status: String, start: CalendarDate?, due: CalendarDate?
    var okrs: [OKRReference], dependsOn: [ItemID], dependents: [ItemID], path: String
    var idLocation: SourceLocation, okrReferences: [Located<String>], dependencies: [Located<String>]
    var statusLocation: SourceLocation, dueLocation: SourceLocation?, okrsUnreadable: Bool

    init(_ draft: FeatureDraft) {
        let f = draft.feature
        (id, status, start, due, okrs, dependsOn, dependents, path) = (f.id, f.status, f.start, f.due, f.okrs, f.dependsOn, f.dependents, f.path)
        (idLocation, okrReferences, dependencies) = (draft.idLocation, draft.okrReferences, draft.dependencies)
        (statusLocation, dueLocation, okrsUnreadable) = (draft.statusLocation, draft.dueLocation, draft.okrsUnreadable)
    }
}
