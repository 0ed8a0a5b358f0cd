/// Who did something in git, and when, as the commit records it.
public struct HistorySignature: Hashable, Sendable {
    public var name: String
    public var email: String
    /// Seconds since 1970-01-01 UTC.
    public var time: Int64
    /// The person's offset from UTC in minutes, as recorded in the commit.
    public var offsetMinutes: Int

    /// A signature as recorded in a commit.
    public init(name: String, email: String, time: Int64, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// One commit as history mining sees it: its identity, parents, people and first message line.
public struct HistoryCommit: Hashable, Sendable {
    /// Full lowercase hex id.
    public var id: String
    /// Parent ids, first parent first. Empty for a root commit and for the oldest commit of a
    /// shallow clone, whose parents are missing.
    public var parents: [String]
    public var author: HistorySignature
    public var committer: HistorySignature
    /// The first line of the message.
    public var summary: String

    /// A commit as read from the repository.
    public init(id: String, parents: [String], author: HistorySignature, committer: HistorySignature, summary: String) {
        self.id = id
        self.parents = parents
        self.author = author
        self.committer = committer
        self.summary = summary
    }

    /// The first seven digits of the id, as git shows it.
    public var shortID: String { String(id.prefix(7)) }
    /// True for a merge: its changes are those against the first parent that no other parent
    /// already had (what `git log --cc` shows), so a merged branch's work is not counted twice.
    public var isMerge: Bool { parents.count > 1 }
}

/// One file of the roadmap that a commit added, deleted, modified or renamed. Paths are relative
/// to the roadmap root; blob ids are full hex.
public struct BlobChange: Hashable, Sendable {
    /// The path before the commit; nil when the file was added.
    public var oldPath: String?
    /// The path after the commit; nil when the file was deleted.
    public var newPath: String?
    public var oldBlob: String?
    public var newBlob: String?

    /// A change between two versions of a path (either side may be absent).
    public init(oldPath: String?, newPath: String?, oldBlob: String?, newBlob: String?) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldBlob = oldBlob
        self.newBlob = newBlob
    }

    /// True when both sides exist under different paths.
    public var isRename: Bool { oldPath != nil && newPath != nil && oldPath != newPath }
}

/// A commit with the roadmap files it changed.
public struct CommitChanges: Sendable {
    public var commit: HistoryCommit
    /// Sorted by path (the new path, or the old one for deletions). Exact renames (same content,
    /// new path) are already paired; other deletions and additions are left for the caller,
    /// which may pair them by content similarity with `HistoryWalker.similarRenames`.
    public var changes: [BlobChange]

    /// A commit and its changes.
    public init(commit: HistoryCommit, changes: [BlobChange]) {
        self.commit = commit
        self.changes = changes
    }
}
