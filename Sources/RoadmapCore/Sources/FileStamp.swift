/// What `stat` says about a file that changes whenever its content does (the marks git's index
/// keeps for the same purpose): modification and status-change times in nanoseconds, and the
/// inode, which an editor that saves by renaming a new file into place changes.
public struct FileStamp: Hashable, Sendable {
    public var modifiedNanoseconds: Int64
    public var changedNanoseconds: Int64
    public var inode: UInt64

    public init(modifiedNanoseconds: Int64, changedNanoseconds: Int64, inode: UInt64) {
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }
}
