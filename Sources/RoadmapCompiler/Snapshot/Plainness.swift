#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a file's bytes are free of everything that needs `DecodedText`'s care before the
/// quick reader may look at them: NUL bytes, carriage returns, invalid UTF-8, conflict markers.
enum Plainness {
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress, !b.isEmpty else { return false }
        if memchr(base, 0, b.count) != nil || memchr(base, 13, b.count) != nil { return false }
        if hasRun(b, of: UInt8(ascii: "<")) || hasRun(b, of: UInt8(ascii: ">")) { return false }
        // ASCII needs no validation; anything else is checked the standard library's way.
        var high: UInt8 = 0
        for byte in b { high |= byte }
        return high < 0x80 || String(validating: b, as: UTF8.self) != nil
    }

    /// Seven `byte`s in a row, the length of a conflict marker, found with memchr's speed.
    private static func hasRun(_ b: UnsafeBufferPointer<UInt8>, of byte: UInt8) -> Bool {
        guard let base = b.baseAddress else { return false }
        var offset = 0
        while offset < b.count, let hit = memchr(base + offset, Int32(byte), b.count - offset) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var end = at
            while end < b.count, b[end] == byte { end += 1 }
            if end - at >= 7 { return true }
            offset = end
        }
        return false
    }
}
