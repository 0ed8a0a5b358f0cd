/// Builds a `git fast-import` stream: one `commit` command per commit with inline file data.
struct FastImportStream {
    let branch: String
    var buffer: [UInt8] = []

    init(branch: String) {
        self.branch = branch
        buffer.reserveCapacity(2 << 20)
    }

    mutating func append(_ commit: Commit, world: World) {
        let who = "\(Names.person(commit.author)) <\(Names.email(commit.author))> \(commit.time) +0000"
        line("commit refs/heads/\(branch)")
        line("author \(who)")
        line("committer \(who)")
        data(commit.message.hasSuffix("\n") ? commit.message : commit.message + "\n")
        for change in commit.changes {
            switch change {
            case .config: file(Documents.configPath, FrontMatter.config)
            case .objective(let index): file(world.objectives[index].path, Documents.objective(world.objectives[index]))
            case .prd(let index): file(world.prds[index].path, Documents.prd(world.prds[index], world))
            case .delete(let path): line("D \(path)")
            }
        }
        line("")
    }

    /// A demo commit: its files written inline, nil contents deleted.
    mutating func append(_ commit: DemoCommit) {
        let who = "\(commit.author.name) <\(commit.author.email)> \(commit.time) +0000"
        line("commit refs/heads/\(branch)")
        line("author \(who)")
        line("committer \(who)")
        data(commit.message.hasSuffix("\n") ? commit.message : commit.message + "\n")
        for change in commit.files {
            if let contents = change.contents { file(change.path, contents) } else { line("D \(change.path)") }
        }
        line("")
    }

    /// Ends the stream (`--done` makes git fast-import insist on it).
    mutating func done() { line("done") }

    private mutating func file(_ path: String, _ contents: String) {
        line("M 100644 inline \(path)")
        data(contents)
    }

    /// `data <bytes>` then exactly that many bytes; the count is of UTF-8 bytes, not characters.
    private mutating func data(_ text: String) {
        let bytes = Array(text.utf8)
        line("data \(bytes.count)")
        buffer += bytes
        buffer.append(UInt8(ascii: "\n"))
    }

    private mutating func line(_ text: String) {
        buffer += Array(text.utf8)
        buffer.append(UInt8(ascii: "\n"))
    }
}
