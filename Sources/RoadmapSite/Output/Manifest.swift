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
    init(bytes: [UInt8]) {
        let header = Array((Manifest.header + "\n").utf8)
        guard bytes.starts(with: header) else { return }
        entries.reserveCapacity(bytes.count / 64)
        var i = header.count
        while i < bytes.count {
            var end = i
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if let (path, entry) = Manifest.parse(bytes[i..<end]) { entries[path] = entry }
            i = end + 1
        }
    }

    /// `<32 hex digits> <size> <path>`.
    private static func parse(_ line: ArraySlice<UInt8>) -> (String, Entry)? {
        guard line.count > 35 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        var i = line.startIndex
        for n in 0..<32 {
            guard let v = hexValue(line[i]) else { return nil }
            if n < 16 { high = high << 4 | v } else { low = low << 4 | v }
            i += 1
        }
        guard line[i] == 0x20 else { return nil }
        i += 1
        var size = 0
        let sizeStart = i
        while i < line.endIndex, line[i] >= 0x30, line[i] <= 0x39, i - sizeStart < 15 {
            size = size * 10 + Int(line[i] - 0x30)
            i += 1
        }
        guard i > sizeStart, i < line.endIndex, line[i] == 0x20 else { return nil }
        let path = String(decoding: line[(i + 1)...], as: UTF8.self)
        return (path, Entry(digest: Digest(high: high, low: low), size: size))
    }

    private static func hexValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case 0x30...0x39: UInt64(byte - 0x30)
        case 0x61...0x66: UInt64(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Sorted by path, so two identical builds write identical markers.
    var bytes: [UInt8] {
        var out = Array((Manifest.header + "\n").utf8)
        out.reserveCapacity(entries.count * 80)
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += entry.digest.description.utf8
            out.append(0x20)
            out += String(entry.size).utf8
            out.append(0x20)
            out += path.utf8
            out.append(0x0A)
        }
        return out
    }
}
