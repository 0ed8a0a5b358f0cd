/// `roadmap.lock` beside `roadmap.yml`: the commit each source of the portfolio is read at, with
/// the repository, ref and folder it was pinned from, so a build is the same on every machine
/// until `roadmap portfolio update` moves a pin.
public struct PortfolioLock: Hashable, Sendable {
    public static let path = "roadmap.lock"

    public struct Pin: Hashable, Sendable {
        public var name: String
        public var repo: String
        public var ref: String
        public var path: String
        /// Full lower-case hex.
        public var commit: String

        public init(name: String, repo: String, ref: String, path: String, commit: String) {
            self.name = name
            self.repo = repo
            self.ref = ref
            self.path = path
            self.commit = commit
        }

        /// Whether the pin was taken for the same repository and folder as `source` (the ref may
        /// differ: a changed ref moves the pin only on `portfolio update`).
        public func pins(_ source: PortfolioSource) -> Bool { repo == source.repo && path == source.path }
    }

    /// In the order written, which `text` keeps sorted by name.
    public var pins: [Pin]

    public init(pins: [Pin] = []) { self.pins = pins }

    public func pin(named name: String) -> Pin? { pins.first { $0.name == name } }

    /// The file's text: one line per source, sorted by name, so a moved pin is a one-line diff.
    public var text: String {
        var out = "# roadmap.lock: the commit each source of the portfolio is read at.\n"
        out += "# Written by `roadmap`; commit it. `roadmap portfolio update` moves the pins.\n"
        for pin in pins.sorted(by: { $0.name < $1.name }) {
            let fields = [("repo", pin.repo), ("ref", pin.ref), ("path", pin.path.isEmpty ? "." : pin.path), ("commit", pin.commit)]
            out += "\(pin.name): { " + fields.map { "\($0.0): \(YAMLQuoting.doubleQuoted($0.1))" }.joined(separator: ", ") + " }\n"
        }
        return out
    }
}
