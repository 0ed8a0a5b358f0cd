import Foundation
import PackagePlugin

/// Compiles every file of the package's `templates/` folder into the target it is applied to, as
/// generated Swift source, so the binary carries its default theme wherever it is copied.
///
/// The plugin runs at every build and lists the folder afresh; the file list is part of the
/// command's arguments, so adding, removing or editing any theme file re-runs the generator and
/// a stale copy cannot be embedded.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let files = try ThemeFolder.files(in: folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding templates/ as the default theme",
                executable: try context.tool(named: "embed-theme").url,
                arguments: [output.path, folder.path] + files,
                inputFiles: files.map { folder.appending(path: $0) },
                outputFiles: [output]),
        ]
    }
}

/// The theme's files as sorted relative paths; hidden files and symbolic links are left out, as
/// the site builder leaves them out of a theme folder on disk.
enum ThemeFolder {
    static func files(in folder: URL) throws -> [String] {
        var found: [String] = []
        try collect(folder, prefix: "", into: &found)
        return found.sorted()
    }

    private static func collect(_ folder: URL, prefix: String, into found: inout [String]) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            let url = folder.appending(path: name)
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let attributes = try manager.attributesOfItem(atPath: url.path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: try collect(url, prefix: relative, into: &found)
            case .typeRegular?: found.append(relative)
            default: continue
            }
        }
    }
}
