/// What a build did.
public struct SiteReport: Sendable, Equatable {
    /// The folder that now holds the site.
    public var outputFolder: String
    /// Files written with new content (created or changed).
    public var filesWritten: Int
    /// Files carried over from the previous site byte for byte, keeping their modification time.
    public var filesUnchanged: Int
    /// Files of the previous site that the new one no longer has.
    public var filesRemoved: Int
    /// HTML pages in the site, changed or not.
    public var pageCount: Int

    /// A report of the given counts.
    public init(outputFolder: String, filesWritten: Int, filesUnchanged: Int, filesRemoved: Int, pageCount: Int) {
        self.outputFolder = outputFolder
        self.filesWritten = filesWritten
        self.filesUnchanged = filesUnchanged
        self.filesRemoved = filesRemoved
        self.pageCount = pageCount
    }
}
