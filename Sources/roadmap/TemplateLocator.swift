import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapTheme

/// The theme layers of a build: the roadmap's `templates/`, then `ROADMAP_TEMPLATES` or the
/// theme compiled into this binary.
enum TemplateLocator {
    /// Exits 2 with a clear message when `ROADMAP_TEMPLATES` names something that is not a theme,
    /// rather than silently building with the default one.
    static func layers(root: String) throws -> [ThemeLayer] {
        let environment = ProcessInfo.processInfo.environment
        let layers = ThemeLayer.forRoadmap(root: root, environment: environment)
        if let other = environment["ROADMAP_TEMPLATES"], !other.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: other, isDirectory: &isFolder), isFolder.boolValue else {
                Terminal.writeError("roadmap: error: ROADMAP_TEMPLATES is \(other), which is not a folder; point it at a theme folder (`roadmap theme export DIR` writes one) or unset it to use the built-in theme\n")
                throw ExitCode(2)
            }
        }
        return layers
    }
}
