import Foundation
import RoadmapCore
import RoadmapSite

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "roadmap-site-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func write(_ text: String, to relative: String) {
        let file = path + "/" + relative
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
    }
}

enum SiteTestSupport {
    /// The project's default theme.
    static let themeFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    static let goldenFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden").path

    static func options(output: String, templates: [String] = [], allowErrors: Bool = false, force: Bool = false,
                        incremental: Bool = true, sourceLinkBase: String? = nil) -> SiteOptions {
        SiteOptions(outputFolder: output, baseURL: "/", templateFolders: templates + [themeFolder],
                    sourceLinkBase: sourceLinkBase, allowErrors: allowErrors, force: force,
                    generatorVersion: "roadmap 0.0.0-test", incremental: incremental)
    }

    static func build(_ roadmap: Roadmap, diagnostics: [Diagnostic] = [], options: SiteOptions,
                      renderer: any BodyRenderer = EscapingBodyRenderer()) throws(SiteError) -> SiteReport {
        try SiteBuilder(roadmap: roadmap, diagnostics: diagnostics, options: options, bodyRenderer: renderer).build()
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Every file below a folder, relative, sorted (hidden files included).
    static func files(in folder: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        for case let p as String in e {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
        }
        return out.sorted()
    }

    static func modificationTime(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
