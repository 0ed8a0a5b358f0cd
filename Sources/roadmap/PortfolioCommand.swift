import ArgumentParser
import RoadmapCore
import RoadmapDriver
import RoadmapSources

/// `roadmap portfolio`: the sources a portfolio roadmap gathers.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Manage the roadmaps a portfolio gathers (`portfolio:` in roadmap.yml, pinned in roadmap.lock).",
        subcommands: [PortfolioUpdateCommand.self])
}

/// `roadmap portfolio update [NAME...]`: moves pins to what the refs resolve to now.
struct PortfolioUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Move the pins in roadmap.lock to the commits the sources' refs name now, and print what moved.",
        discussion: """
            Without NAME every source moves. Sources are local repositories (a path from the roadmap or a \
            file:// URL), read as they are: fetching remote ones is not supported yet.

            Examples:
              roadmap portfolio update            # every source
              roadmap portfolio update payments   # one source
            """)

    @Argument(help: "Sources to move (default: all).")
    var names: [String] = []

    @Option(name: .customShort("C"), help: ArgumentHelp("The portfolio roadmap's folder.", valueName: "path"), completion: .directory)
    var directory: String?

    func run() throws {
        let update: PortfolioUpdate
        do throws(SourceError) {
            let (session, _) = try RoadmapSession.open(directory, caching: .file)
            update = try session.updatePortfolio(names)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        for move in update.moves {
            let to = move.to.map { String($0.prefix(12)) } ?? "-"
            switch (move.from, move.unavailable) {
            case (_, true): print("\(move.name): cannot be read, pin kept at \(move.from.map { String($0.prefix(12)) } ?? "-")")
            case (nil, _): print("\(move.name): pinned at \(to)")
            case (let from?, _) where from == move.to: print("\(move.name): unchanged at \(to)")
            case (let from?, _): print("\(move.name): \(from.prefix(12)) -> \(to)")
            }
        }
        if !update.lockWritten { print("\(PortfolioLock.path) unchanged") }
        if update.compilation.diagnostics.contains(where: { $0.code == .unavailableSource }) { throw ExitCode(1) }
    }
}
