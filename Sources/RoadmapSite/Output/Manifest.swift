/// The marker file of a site folder (`.roadmap-site`): proves the folder was made by this tool
/// and records, per file, the fingerprint of its inputs and its size for the next build.
struct Manifest: Sendable {
    struct Entry: Sendable, Equatable {
        let digest: Digest
        let size: Int
    }

    static let fileName = ".roadmap-site"
    private static let header = "roadmap-site 1"

    var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Parses a marker; lines it does not understand are ignored, so at worst pages re-render.
    init(text: String) {
        var lines = text.split(separator: "\n")
        guard lines.first == Substring(Manifest.header) else { return }
        lines.removeFirst()
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let digest = Digest(hex: parts[0]), let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(digest: digest, size: size)
        }
    }

    /// Sorted by path, so two identical builds write identical markers.
    var text: String {
        var out = Manifest.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += "\(entry.digest) \(entry.size) \(path)\n"
        }
        return out
    }
}
