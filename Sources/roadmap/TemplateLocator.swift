import Foundation

/// Finds the default theme, the project's `templates/` folder, for an installed or a built binary.
enum TemplateLocator {
    /// In order: `$ROADMAP_TEMPLATES`; `<prefix>/share/roadmap/templates` beside an installed
    /// `<prefix>/bin/roadmap`; the `templates/` of the source checkout a `.build/...` binary was
    /// built in.
    static func defaultTheme() -> String? {
        let fm = FileManager.default
        func isTheme(_ path: String) -> Bool { fm.fileExists(atPath: path + "/layout.mustache") }
        if let env = ProcessInfo.processInfo.environment["ROADMAP_TEMPLATES"], isTheme(env) { return env }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0].contains("/")
            ? CommandLine.arguments[0] : (Bundle.main.executablePath ?? CommandLine.arguments[0]))
            .resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/roadmap/templates").path
        if isTheme(installed) { return installed }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("templates").path
            if isTheme(candidate), fm.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
