import Foundation
import ArgumentParser
import RoadmapSources

/// The one way every command names the roadmap: a positional `[PATH]` or `-C PATH` (a folder of
/// the roadmap or a file in it); without either, the roadmap around the current folder.
struct RoadmapFolderOption: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "The roadmap's folder, or a folder or file inside it (default: the roadmap around the current folder).",
        valueName: "path"), completion: .directory)
    var path: String?

    @Option(name: .customShort("C"), help: ArgumentHelp("Same as PATH, as an option.", valueName: "path"), completion: .directory)
    var directory: String?

    // Older spellings, kept working but not advertised.
    @Option(name: .customLong("roadmap"), help: .hidden) var roadmapAlias: String?
    @Option(name: .customLong("path"), help: .hidden) var pathAlias: String?

    /// What the user named, if anything.
    var given: String? { [path, directory, roadmapAlias, pathAlias].compactMap { $0 }.first }

    func validate() throws {
        if Set([path, directory, roadmapAlias, pathAlias].compactMap { $0 }).count > 1 {
            throw ValidationError("name the roadmap once: PATH or -C PATH")
        }
    }

    /// Whether `path` is an existing folder: a command's lone positional argument that names one
    /// is the roadmap, not an id (`roadmap log FOLDER`, `roadmap okrs FOLDER`).
    static func isFolder(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// The roadmap found from what was named (or from the current folder).
    func find() throws(SourceError) -> RoadmapDiscovery.Found {
        try RoadmapDiscovery.find(given)
    }
}
