#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CGit2

/// A tree object parsed just enough to compare it: where each entry's name, mode and id are in
/// the object's bytes (`<octal mode> <name>\0<20-byte id>` repeated).
///
/// A class, so that a tree held by the cache and by a comparison is one allocation, not a copy
/// with its reference counting repeated for every entry.
final class RawTree {
    struct Entry {
        /// Where the entry (its mode) starts.
        var start: Int32
        var nameStart: Int32
        var nameLength: Int32
        var mode: UInt32
        var idStart: Int32
    }

    let bytes: [UInt8]
    let entries: [Entry]
    /// The tree's object id, when the caller knows it.
    let id: ObjectKey?
    /// When parsed from an earlier version: its id, and how many bytes at the start and end the
    /// two share (so the comparison that follows need not measure them again).
    private(set) var shared: (base: ObjectKey, prefix: Int, suffix: Int)?

    /// Nil when the bytes are not a well-formed tree (or too large to be one). With `hint`, an
    /// earlier version of the same folder, only the bytes that differ from it are parsed: the
    /// entries of the identical start and end are taken over (shifted), which matters when a
    /// folder of a thousand PRDs changes one entry per commit.
    init?(_ bytes: [UInt8], id: ObjectKey? = nil, like hint: RawTree? = nil) {
        guard bytes.count < Int(Int32.max) else { return nil }
        var measured: (prefix: Int, suffix: Int)?
        let parsed = bytes.withUnsafeBufferPointer { b -> [Entry]? in
            guard let base = b.baseAddress else { return [] }
            var entries: [Entry] = []
            entries.reserveCapacity(b.count / 36 + 1)
            var i = 0
            let count = b.count
            var reuse: (suffixStart: Int, shift: Int, old: [Entry])?
            if let hint, hint.entries.count > 16 {
                hint.bytes.withUnsafeBufferPointer { h in
                    let prefix = ByteRuns.commonPrefix(h, b)
                    let suffix = ByteRuns.commonSuffix(h, b, limit: min(h.count, b.count) - prefix)
                    let kept = ByteRuns.firstIndex(hint.entries) { Int($0.idStart) + 20 > prefix }
                    entries.append(contentsOf: hint.entries[0..<kept])
                    i = kept < hint.entries.count ? Int(hint.entries[kept].start) : (kept > 0 ? Int(hint.entries[kept - 1].idStart) + 20 : 0)
                    reuse = (count - suffix, count - h.count, hint.entries)
                    measured = (prefix, suffix)
                }
            }
            while i < count {
                if let reuse, i >= reuse.suffixStart {
                    // Inside the identical end: once at an entry boundary of the old version, the rest is the same.
                    let old = i - reuse.shift
                    let m = ByteRuns.firstIndex(reuse.old) { Int($0.start) >= old }
                    if m < reuse.old.count, Int(reuse.old[m].start) == old {
                        let shift = Int32(reuse.shift)
                        for e in reuse.old[m...] {
                            entries.append(Entry(start: e.start + shift, nameStart: e.nameStart + shift, nameLength: e.nameLength,
                                                 mode: e.mode, idStart: e.idStart + shift))
                        }
                        return entries
                    }
                }
                let start = i
                var mode: UInt32 = 0
                while i < count, base[i] != 0x20 {
                    let digit = base[i] &- 0x30
                    guard digit < 8 else { return nil }
                    mode = mode << 3 | UInt32(digit)
                    i += 1
                }
                i += 1
                guard i < count, let nul = memchr(base + i, 0, count - i) else { return nil }
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nul))
                guard end > i, end + 21 <= count else { return nil }
                entries.append(Entry(start: Int32(start), nameStart: Int32(i), nameLength: Int32(end - i), mode: mode, idStart: Int32(end + 1)))
                i = end + 21
            }
            return entries
        }
        guard let parsed else { return nil }
        self.bytes = bytes
        entries = parsed
        self.id = id
        if let base = hint?.id, let measured { shared = (base, measured.prefix, measured.suffix) }
    }

    static func isTree(_ e: Entry) -> Bool { e.mode == 0o040000 }
    /// Regular and executable files; links are never read and submodules are not files.
    static func isFile(_ e: Entry) -> Bool { e.mode & 0o170000 == 0o100000 }

    func name(_ e: Entry) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(e.nameStart)..<Int(e.nameStart + e.nameLength)]), as: UTF8.self)
        }
    }

    func id(_ e: Entry) -> git_oid {
        var oid = git_oid()
        bytes.withUnsafeBytes { raw in
            withUnsafeMutableBytes(of: &oid.id) {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[Int(e.idStart)..<Int(e.idStart + 20)]))
            }
        }
        return oid
    }

    /// The entry called `name`, if any.
    func entry(named name: String) -> Entry? {
        let wanted = Array(name.utf8)
        guard !wanted.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> Entry? in
            wanted.withUnsafeBufferPointer { (w: UnsafeBufferPointer<UInt8>) -> Entry? in
                guard let base = b.baseAddress, let key = w.baseAddress else { return nil }
                for e in entries where Int(e.nameLength) == wanted.count {
                    if memcmp(base + Int(e.nameStart), key, wanted.count) == 0 { return e }
                }
                return nil
            }
        }
    }
}
