import Foundation
import RoadmapCore
import RoadmapHistory

/// What one plan of a site lends the next, so that a preview whose user changed one PRD does not
/// build ten thousand cards and hash ten thousand PRD bodies again to find that one page changed.
///
/// Every entry is keyed by the identity of all of its inputs: a feature by its storage (a feature
/// the compiler did not touch shares its storage with the one memoised, see
/// `Feature.sharesStorage`, and the memo holds it, so that storage cannot be changed in place),
/// everything else by digest or equality. A wrong hit would leave a stale page, so
/// `LivePreviewTests` and the differential tests compare memoised sites with fresh ones.
///
/// A plan reads the entries of the last rendered plan and records its own; `SitePlan.render`
/// makes the recorded ones current when every page has been made. One memo serves one preview,
/// a plan at a time.
public final class PlanMemo: @unchecked Sendable {
    struct CardEntry: Sendable {
        let feature: Feature
        let rank: Int?
        let slips: String?
        let context: Digest
        let card: CardView
    }

    struct PageEntry: Sendable {
        let feature: Feature
        /// Everything else the page shows, hashed: chrome, card, key results, links, diagnostics.
        let key: Digest
        /// The page's fingerprint when it was last made.
        let digest: Digest
        /// What `key` was made from, as the objects themselves where they are memoised: when the
        /// next plan finds the same, the page is the same without gathering and hashing it again.
        var inputs: PageInputs? = nil
    }

    /// The inputs of a PRD's page besides the PRD: cards by identity (the memo lends unchanged
    /// cards to the next plan, and holding them here keeps their addresses from being reused),
    /// the rest by digest or equality.
    struct PageInputs: Sendable {
        /// The page's own card, then its dependencies', dependents' and indirect dependents'.
        let cards: [CardView]
        let listSizes: [Int]
        let keyResults: [Digest]
        /// Objectives the PRD moves as a whole: id and title.
        let objectives: [String]
        let diagnostics: [Diagnostic]
        let sourceURL: String?
        /// What every page of the plan shares: templates, site chrome, page map, renderer, history.
        let plan: Digest

        func isSame(as other: PageInputs) -> Bool {
            plan == other.plan && listSizes == other.listSizes && keyResults == other.keyResults
                && objectives == other.objectives && sourceURL == other.sourceURL && diagnostics == other.diagnostics
                && cards.count == other.cards.count && zip(cards, other.cards).allSatisfy { $0 === $1 }
        }
    }

    /// A feature's fingerprint in the data files (`roadmap.json`).
    struct DataEntry: Sendable {
        let feature: Feature
        let digest: Digest
    }

    struct HistoryEntry: Sendable {
        let commitCount: Int
        let lastCommit: String?
        let changeCount: Int
        let words: ChangeText
        let history: SiteHistory
        /// Identifies `history` in page keys (an object's address can be reused once it is freed).
        let serial: Int
    }

    /// Every feature's indirect dependents (by index) in one dependency graph.
    struct IndirectEntry: Sendable {
        let graph: Digest
        let lists: [[ItemID]]
    }

    /// What one plan made: the last rendered plan's entries, which a new plan reads.
    struct Entries: Sendable {
        var cards: [ItemID: CardEntry] = [:]
        var pages: [String: PageEntry] = [:]
        var data: [ItemID: DataEntry] = [:]
        var indirect: IndirectEntry?
    }

    /// Guards everything: parallel page jobs record entries.
    private let lock = NSLock()
    private var current = Entries()
    private var pending = Entries()
    private var history: HistoryEntry?
    private var pendingHistory: HistoryEntry?
    private var serials = 0

    public init() {}

    /// A new plan starts: whatever an unfinished plan recorded is dropped.
    func begin() -> Entries {
        lock.withLock {
            pending = Entries()
            pendingHistory = history
            return current
        }
    }

    func record(cards: [ItemID: CardEntry]) { lock.withLock { pending.cards = cards } }

    func record(page path: String, _ entry: PageEntry) { lock.withLock { pending.pages[path] = entry } }

    func record(data: [ItemID: DataEntry]) { lock.withLock { pending.data = data } }

    func record(indirect: IndirectEntry) { lock.withLock { pending.indirect = indirect } }

    /// The site's view of `history`, reused while the history and the words describing it are
    /// the same.
    func siteHistory(_ history: RoadmapHistory, words: ChangeText) -> (SiteHistory, serial: Int)? {
        // The changes count too: an audience's history loses and regains changes as items are hidden and shown.
        let count = history.commits.count, last = history.commits.last?.id, changes = history.changes.count
        if let known = lock.withLock({ pendingHistory }), known.commitCount == count, known.lastCommit == last,
           known.changeCount == changes, known.words == words {
            return (known.history, known.serial)
        }
        guard let made = SiteHistory(history, words: words) else { return nil }
        return lock.withLock {
            serials += 1
            pendingHistory = HistoryEntry(commitCount: count, lastCommit: last, changeCount: changes, words: words,
                                          history: made, serial: serials)
            return (made, serials)
        }
    }

    /// Every page of the plan was made: its entries serve the next plan.
    func commit() {
        lock.withLock {
            current = pending
            history = pendingHistory
            pending = Entries()
        }
    }
}
