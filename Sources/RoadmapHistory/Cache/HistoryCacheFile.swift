import Foundation

/// The mined history kept in one file under the repository's git directory, so a run after a
/// new commit mines only that commit. Trusted only when its magic, version, checksum and
/// fingerprint (the roadmap's place and folders) all match; otherwise it is ignored and
/// rewritten. Deleting it changes nothing but speed.
struct HistoryCacheFile {
    static let magic = Array("RMHISTORY".utf8)
    static let formatVersion = 1

    let path: String
    /// Names everything the cached changes depend on besides the commits themselves.
    let fingerprint: String

    /// The cached state, or nil when the file is missing, damaged or made for other settings.
    func load() -> HistoryState? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count > Self.magic.count + 10, bytes.starts(with: Self.magic) else { return nil }
        var offset = Self.magic.count
        guard bytes[offset] == UInt8(Self.formatVersion) else { return nil }
        offset += 1
        var sum: UInt64 = 0
        for i in 0..<8 { sum |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        guard sum == Checksum.of(bytes[offset...]) else { return nil }
        do {
            var reader = try ByteReader(bytes, offset: offset)
            guard try reader.string() == fingerprint else { return nil }
            let state = try HistoryState.decode(&reader)
            return reader.isAtEnd ? state : nil
        } catch {
            return nil
        }
    }

    /// Writes `state` to a temporary file and renames it into place, so a crash never leaves a
    /// half-written cache. Failing to write (a read-only repository) only costs speed later.
    func save(_ state: HistoryState) {
        var w = ByteWriter()
        w.string(fingerprint)
        state.encode(into: &w)
        let payload = w.payload()
        var out = Self.magic
        out.append(UInt8(Self.formatVersion))
        var sum = Checksum.of(payload[...])
        for _ in 0..<8 {
            out.append(UInt8(sum & 0xFF))
            sum >>= 8
        }
        out += payload
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(out)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
