import RoadmapCore
import Foundation
import RoadmapHistory

/// The mined history kept in one file under the repository's git directory, so a run after a
/// new commit mines only that commit.
///
/// The file is a chain of segments: the first holds the history up to some commit, each later
/// one the commits mined on top of the previous segment's head, so a run after one new commit
/// appends a few hundred bytes instead of rewriting megabytes. Each segment carries its own
/// checksum and the settings' fingerprint; a segment that is damaged, made for other settings,
/// or does not continue the chain ends the trusted part, and the next save rewrites the file.
/// Deleting it changes nothing but speed.
package struct HistoryCacheFile {
    package static let magic = Array("RMHISTORY".utf8)
    package static let formatVersion: UInt8 = 4
    /// Past this many segments the file is rewritten as one.
    static let maxSegments = 64

    /// What `load` found.
    package struct Loaded {
        var state: HistoryState
        var segments: Int
        /// False when something after the trusted segments had to be ignored.
        var clean: Bool
    }

    let path: String
    /// Names everything the cached changes depend on besides the commits themselves.
    let fingerprint: String

    package init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
    }

    /// The cached state, or nil when the file is missing, damaged or made for other settings.
    package func load() -> Loaded? {
        guard let bytes = Self.read(path), bytes.count > Self.magic.count + 1, bytes.starts(with: Self.magic),
              bytes[Self.magic.count] == Self.formatVersion else { return nil }
        var offset = Self.magic.count + 1
        var state = HistoryState()
        var segments = 0
        while offset < bytes.count {
            guard let end = segment(bytes, at: offset, onto: &state) else {
                return segments == 0 ? nil : Loaded(state: state, segments: segments, clean: false)
            }
            offset = end
            segments += 1
        }
        return segments == 0 ? nil : Loaded(state: state, segments: segments, clean: true)
    }

    /// Adds the segment at `offset` to `state` when it is sound and continues it; returns where
    /// it ends. On failure `state` is left as it was.
    private func segment(_ bytes: [UInt8], at offset: Int, onto state: inout HistoryState) -> Int? {
        guard offset + 16 <= bytes.count else { return nil }
        let length = Int(exactly: Self.uint64(bytes, offset)) ?? -1
        let sum = Self.uint64(bytes, offset + 8)
        let start = offset + 16
        guard length > 0, length <= bytes.count - start, sum == StableHash.checksum(bytes[start..<(start + length)]) else { return nil }
        // Undone by truncation, not by keeping a copy: a copy would make every append copy the arrays.
        let (head, commits, changes) = (state.head, state.commits.count, state.changes.count)
        func undo() {
            state.head = head
            state.commits.removeLast(state.commits.count - commits)
            state.changes.removeLast(state.changes.count - changes)
        }
        do {
            var reader = BinaryReader(bytes, offset: start)
            guard try reader.string() == fingerprint, try reader.optionalString() == state.head else { return nil }
            try state.decodeAppending(&reader)
            guard reader.offset == start + length else {
                undo()
                return nil
            }
            return start + length
        } catch {
            undo()
            return nil
        }
    }

    /// Rewrites the file with `state` as one segment: through a temporary file renamed into
    /// place, so a crash never leaves a half-written cache. Failing to write (a read-only
    /// repository) only costs speed later.
    func save(_ state: HistoryState) {
        var out = Self.magic
        out.append(Self.formatVersion)
        out += segment(base: nil, state)
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(out)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// Adds the commits mined on top of `base` (the cached head). A crash mid-write leaves a
    /// segment whose checksum fails: it is ignored and the file rewritten next time.
    func append(base: String, _ added: HistoryState) {
        let bytes = segment(base: base, added)
        guard let file = fopen(path, "ab") else { return }
        defer { fclose(file) }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    }

    private func segment(base: String?, _ state: HistoryState) -> [UInt8] {
        var w = BinaryWriter()
        w.string(fingerprint)
        w.optionalString(base)
        state.encode(into: &w)
        let payload = w.bytes
        var out: [UInt8] = []
        out.reserveCapacity(payload.count + 16)
        Self.append(UInt64(payload.count), to: &out)
        Self.append(StableHash.checksum(payload[...]), to: &out)
        return out + payload
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        var bits = value
        for _ in 0..<8 {
            out.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    private static func uint64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        return value
    }

    /// The whole file, read straight into an array (no `Data` in between to copy from).
    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        guard fseek(file, 0, SEEK_END) == 0 else { return nil }
        let size = ftell(file)
        guard size > 0, fseek(file, 0, SEEK_SET) == 0 else { return nil }
        var ok = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = fread(buffer.baseAddress, 1, size, file)
            ok = count == size
        }
        return ok ? bytes : nil
    }
}
