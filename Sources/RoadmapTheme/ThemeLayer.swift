/// One place templates and assets are looked up in; a build searches its layers in order and the
/// first layer that has a file wins, so a roadmap's own `templates/` overrides the default theme
/// file by file.
public enum ThemeLayer: Sendable, Equatable, CustomStringConvertible {
    /// A folder on disk (a roadmap's `templates/`, or a theme named by `ROADMAP_TEMPLATES`).
    case folder(String)
    /// The default theme compiled into the binary.
    case embedded

    /// The layers of a roadmap's build: its own `templates/` folder, then the theme that
    /// `ROADMAP_TEMPLATES` names when it is set, else the embedded default theme.
    public static func forRoadmap(root: String, environment: [String: String]) -> [ThemeLayer] {
        let own = ThemeLayer.folder(root == "/" ? "/templates" : root + "/templates")
        if let other = environment["ROADMAP_TEMPLATES"], !other.isEmpty { return [own, .folder(other)] }
        return [own, .embedded]
    }

    public var description: String {
        switch self {
        case .folder(let path): path
        case .embedded: "the built-in theme"
        }
    }
}
