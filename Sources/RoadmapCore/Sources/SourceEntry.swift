/// One file of a roadmap as a source sees it, before it is read.
public struct SourceEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case file
        /// A symbolic link, with its target as written in the link. Never followed.
        case symlink(target: String)
        /// Neither a file, a folder nor a link (a FIFO, a socket, a device), as "a FIFO": listed
        /// so that it can be reported, never opened (opening a FIFO waits for a writer).
        case special(String)
    }

    /// Path relative to the roadmap root, `/`-separated, no leading `./`.
    public var path: String
    public var kind: Kind
    /// Size in bytes of the file (or of the link's target text).
    public var size: Int
    /// Git's blob id (hex SHA-1) when the source knows it without extra work (commits, index).
    public var blobID: String?
    /// The file system's change marks when the source stats files (the working tree): an entry
    /// whose stamp and size are what they were when it was last read need not be read again.
    public var stamp: FileStamp?

    public init(path: String, kind: Kind = .file, size: Int, blobID: String? = nil, stamp: FileStamp? = nil) {
        self.path = path
        self.kind = kind
        self.size = size
        self.blobID = blobID
        self.stamp = stamp
    }
}
