/// Hashes that are the same on every machine and in every process, for names of cache files,
/// fingerprints and checksums that are stored (Swift's `Hasher` is seeded per process).
public enum StableHash {
    private static let offset: UInt64 = 0xcbf29ce484222325
    private static let prime: UInt64 = 0x100000001b3

    /// 64-bit FNV-1a over bytes: for short keys such as a roadmap's folder or a fingerprint.
    public static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(offset) { ($0 ^ UInt64($1)) &* prime }
    }

    /// `fnv1a` as lower-case hex, for file names.
    public static func hex(_ text: String) -> String { String(fnv1a(text.utf8), radix: 16) }

    /// A checksum of a whole cache file, eight bytes at a time: enough to notice a truncated or
    /// scribbled file, which is all it is for, and fast on megabytes.
    public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = offset
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
                hash ^= hash >> 29
                i += 8
            }
            while i < raw.count {
                hash = (hash ^ UInt64(raw[i])) &* prime
                i += 1
            }
        }
        return hash ^ UInt64(bytes.count)
    }
}
