/// A 128-bit content hash that is the same on every machine and in every run.
///
/// Swift's `Hasher` is seeded per process, so it cannot say whether a page rendered by an earlier
/// build is still current; this one can. It is not cryptographic: it guards against accidental
/// staleness, not against someone forging a page (who could edit the old site directly anyway).
struct StableHasher {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    init() {}

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { addBytes(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ value: Int) { addWord(UInt64(bitPattern: Int64(value))) }

    mutating func add(_ value: Double) { addWord(value.bitPattern) }

    mutating func add(_ value: Bool) { addWord(value ? 1 : 2) }

    mutating func add(_ digest: Digest) {
        addWord(digest.high)
        addWord(digest.low)
    }

    /// Length-prefixed, so `("ab", "c")` and `("a", "bc")` hash differently.
    mutating func addBytes(_ bytes: UnsafeRawBufferPointer) {
        addWord(UInt64(bytes.count) | 0x8000_0000_0000_0000)
        var offset = 0
        while offset + 8 <= bytes.count {
            addWord(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for i in offset..<bytes.count { tail |= UInt64(bytes[i]) << (8 * UInt64(i - offset)) }
            addWord(tail)
        }
    }

    mutating func addWord(_ w: UInt64) {
        a = ((a ^ w) &* 0x8765_4321_0FED_CBA9).rotated(31) &+ b
        b = ((b &+ w) &* 0x9FB2_1C65_1E98_DF25).rotated(27) ^ a
        length &+= 1
    }

    func finish() -> Digest {
        Digest(high: Self.mix(a ^ length), low: Self.mix(b &+ length &* 0x2545_F491_4F6C_DD1D))
    }

    /// The MurmurHash3 finaliser: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

extension UInt64 {
    fileprivate func rotated(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
