import Foundation

/// The default theme, compiled into the binary from the project's `templates/` folder: the site's
/// Mustache templates and assets, and the templates `roadmap new` and `roadmap init` start from.
public enum EmbeddedTheme {
    /// Every file, by relative path (`layout.mustache`, `assets/site.css`, `prd.md`), sorted.
    public static let files: [ThemeFile] = encodedFiles.map { entry in
        ThemeFile(path: entry.path, bytes: Array(Data(base64Encoded: entry.base64) ?? Data()))
    }

    private static let byPath: [String: ThemeFile] = Dictionary(
        files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    /// The file at `path`, or nil when the theme has none.
    public static func file(_ path: String) -> ThemeFile? { byPath[path] }

    /// The file at `path` as UTF-8 text (the theme's own files are all text).
    public static func text(_ path: String) -> String? {
        byPath[path].map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}

/// One file of a theme.
public struct ThemeFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]
}
