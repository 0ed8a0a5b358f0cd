import Foundation
import RoadmapCore

/// The last link of a long-lived session, its inputs and its result. When the only PRDs that
/// changed since then changed in what the linker passes through untouched (title, owner, team,
/// quarter, horizon, RICE, tags, extra fields, the body) or in their status and dates, the result
/// is the last one with those PRDs put in, their relative links checked again and, for a status
/// or date, the checks that read them made again for them and for the PRDs that wait on them
/// (overdue, dependencies due later, active PRDs that move nothing), instead of linking every
/// item again: the common edits, a PRD's prose or its status typed in an editor, cost
/// microseconds instead of a full link of 10,000 items. Any other change (an id, a reference, an
/// objective, a file added or removed, the settings, the day, a linked file outside the roadmap
/// appearing or going) links afresh. `IncrementalDifferentialTests` holds the two to the same
/// answers.
public final class LinkMemo: @unchecked Sendable {
    fileprivate struct Last {
        var config: RoadmapConfig
        var today: CalendarDate?
        var listedPaths: [String]
        var knownPaths: Set<String>
        var analyses: [FileAnalysis]
        var roadmap: Roadmap
        var diagnostics: [Diagnostic]
        /// Whether each path outside the roadmap's files that a relative link names existed.
        var outsideTargets: [String: Bool]
        var remains: Linker.Remains
        /// Where each PRD's file is in `roadmap.features`, made when first needed.
        var featureIndexByPath: [String: Int]?
        /// Where each PRD's file is in `analyses`, made when first needed.
        var analysisIndexByPath: [String: Int]?
    }

    // Used by one compile at a time (the session's lock); the lock only makes that safe to assume.
    private let lock = NSLock()
    private var last: Last?
    /// Whether the last link reused the one before it, for tests.
    public private(set) var lastLinkWasReused = false

    public init() {}

    func link(_ analyses: [FileAnalysis], listedPaths: [String], config: RoadmapConfig, today: CalendarDate?,
              fileExists: @escaping @Sendable (String) -> Bool) -> (Roadmap, [Diagnostic]) {
        lock.lock(); defer { lock.unlock() }
        if let (changed, rescheduled) = reusable(analyses, listedPaths: listedPaths, config: config, today: today, fileExists: fileExists),
           var taken = last {
            // Taken out, so that putting the new PRDs in changes it in place instead of copying
            // arrays of 10,000 analyses and features the memo would otherwise still share.
            last = nil
            Self.putIn(changed, analyses: analyses, into: &taken, fileExists: fileExists)
            if !rescheduled.isEmpty { Self.checkSchedules(of: rescheduled, analyses: analyses, in: &taken) }
            last = taken
            lastLinkWasReused = true
            return (taken.roadmap, taken.diagnostics)
        }
        let knownPaths = Set(listedPaths)
        // The targets outside the roadmap's files that links name, and whether each existed.
        let outside = Locked<[String: Bool]>([:])
        let linker = Linker(config: config, today: today) { path in
            if knownPaths.contains(path) { return true }
            let exists = fileExists(path)
            outside.withLock { $0[path] = exists }
            return exists
        }
        let (roadmap, diagnostics, remains) = linker.linkWithRemains(analyses)
        last = Last(config: config, today: today, listedPaths: listedPaths, knownPaths: knownPaths, analyses: analyses, roadmap: roadmap,
                    diagnostics: diagnostics, outsideTargets: outside.value, remains: remains)
        lastLinkWasReused = false
        return (roadmap, diagnostics)
    }

    /// The PRDs to put into the last link, and those of them whose status or dates changed; nil
    /// when the link cannot be reused.
    private func reusable(_ analyses: [FileAnalysis], listedPaths: [String], config: RoadmapConfig, today: CalendarDate?,
                          fileExists: (String) -> Bool) -> (changed: [Int], rescheduled: [Int])? {
        guard let previous = last, previous.config == config, previous.today == today,
              let changed = Self.passThroughChanges(from: previous.analyses, to: analyses),
              previous.listedPaths == listedPaths,
              previous.outsideTargets.allSatisfy({ fileExists($0.key) == $0.value }) else { return nil }
        return changed
    }

    /// The indices of the PRDs that changed only in what the linker passes through or in their
    /// status and dates (those too), or nil when anything else changed.
    private static func passThroughChanges(from old: [FileAnalysis], to new: [FileAnalysis]) -> (changed: [Int], rescheduled: [Int])? {
        guard old.count == new.count else { return nil }
        var changed: [Int] = []
        var rescheduled: [Int] = []
        for index in new.indices {
            let (a, b) = (old[index], new[index])
            guard a.path == b.path else { return nil }
            switch (a.item, b.item) {
            case (.feature(let before), .feature(let after)):
                if before.feature.sharesStorage(with: after.feature) { continue }
                guard a.unreadable == nil, b.unreadable == nil, LinkInputs(before) == LinkInputs(after) else { return nil }
                changed.append(index)
                if ScheduleInputs(before) != ScheduleInputs(after) { rescheduled.append(index) }
            case (.objective(let before), .objective(let after)):
                guard before.objective == after.objective, before.idLocation == after.idLocation,
                      before.unreadableKeyResults == after.unreadableKeyResults, a.unreadable == b.unreadable else { return nil }
            case (.none, .none):
                guard a.unreadable == b.unreadable else { return nil }
            default:
                return nil
            }
        }
        return (changed, rescheduled)
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

/// What the linker reads of a PRD to join it to the others, besides its body's relative links.
private struct LinkInputs: Equatable {
    var id: ItemID
    var okrs: [OKRReference], dependsOn: [ItemID], dependents: [ItemID], path: String
    var idLocation: SourceLocation, okrReferences: [Located<String>], dependencies: [Located<String>]
    var okrsUnreadable: Bool

    init(_ draft: FeatureDraft) {
        let f = draft.feature
        (id, okrs, dependsOn, dependents, path) = (f.id, f.okrs, f.dependsOn, f.dependents, f.path)
        (idLocation, okrReferences, dependencies, okrsUnreadable) = (draft.idLocation, draft.okrReferences, draft.dependencies, draft.okrsUnreadable)
    }
}

/// What the schedule and orphan checks read of a PRD.
private struct ScheduleInputs: Equatable {
    var status: String, start: CalendarDate?, due: CalendarDate?
    var statusLocation: SourceLocation, dueLocation: SourceLocation?

    init(_ draft: FeatureDraft) {
        (status, start, due) = (draft.feature.status, draft.feature.start, draft.feature.due)
        (statusLocation, dueLocation) = (draft.statusLocation, draft.dueLocation)
    }
}

extension LinkMemo {
    /// The checks that read a status or a date, made again for the PRDs at `rescheduled` (already
    /// put in) and the PRDs that depend on them, whose RM509 reads the dates they wait on. Each of
    /// these diagnostics is located in the file of the PRD it is about, so those files' old ones
    /// are the ones replaced.
    fileprivate static func checkSchedules(of rescheduled: [Int], analyses: [FileAnalysis], in last: inout Last) {
        if last.analysisIndexByPath == nil {
            last.analysisIndexByPath = Dictionary(analyses.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let roadmap = last.roadmap
        let analysisIndex = last.analysisIndexByPath ?? [:]
        // The draft the linker would check: as read, with the linked feature (its claimed id).
        func draft(_ feature: Feature) -> FeatureDraft? {
            guard let index = analysisIndex[feature.path], case .feature(var draft) = analyses[index].item else { return nil }
            draft.feature = feature
            return draft
        }
        var changedPaths = Set<String>()
        var sources: [String: FeatureDraft] = [:]
        for index in rescheduled {
            guard let at = last.featureIndexByPath?[analyses[index].path] else { continue }
            let feature = roadmap.features[at]
            changedPaths.insert(feature.path)
            sources[feature.path] = draft(feature)
            for waiting in feature.dependents {
                if let other = roadmap.feature(waiting) { sources[other.path] = draft(other) }
            }
        }
        let checkedPaths = Set(sources.keys)
        var diagnostics = last.diagnostics.filter { d in
            guard let path = d.location?.path else { return true }
            if ScheduleChecks.codes.contains(d.code) { return !checkedPaths.contains(path) }
            if d.code == .orphanFeature { return !changedPaths.contains(path) }
            return true
        }
        diagnostics += ScheduleChecks.check(sources: sources.keys.sorted().compactMap { sources[$0] }, graph: last.remains.graph,
                                            config: last.config, today: last.today) { id in roadmap.feature(id).flatMap(draft) }
        for path in changedPaths.sorted() {
            guard let source = sources[path] else { continue }
            let feature = source.feature
            if last.config.activeStatuses.contains(feature.status), feature.okrs.isEmpty, !last.remains.unsure.contains(feature.id) {
                diagnostics.append(Coverage.orphan(feature, at: source.statusLocation))
            }
        }
        last.diagnostics = diagnostics
    }
}
