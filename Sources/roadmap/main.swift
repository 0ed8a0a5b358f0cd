import ArgumentParser
import Foundation

// Exit statuses: 0 no errors, 1 the roadmap has errors, 2 the command could not run
// (bad flags, no such path or revision). ArgumentParser's own usage status (64) is mapped to 2.
do {
    var command = try RoadmapCommand.parseAsRoot()
    try command.run()
} catch {
    let code = RoadmapCommand.exitCode(for: error)
    if code == .success {
        print(RoadmapCommand.fullMessage(for: error))
        exit(0)
    }
    if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
    FileHandle.standardError.write(Data((RoadmapCommand.fullMessage(for: error) + "\n").utf8))
    exit(code == .validationFailure || code == .failure ? 2 : code.rawValue)
}
