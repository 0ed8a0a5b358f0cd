/// The result of a `StableHasher`: identifies the inputs of one output file.
struct Digest: Hashable, Sendable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    /// 32 lower-case hex digits, as stored in the site's manifest.
    var description: String { Self.hex(high) + Self.hex(low) }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Parses the manifest form; nil for anything else.
    init?(hex text: Substring) {
        guard text.utf8.count == 32, let h = UInt64(text.prefix(16), radix: 16),
              let l = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.init(high: h, low: l)
    }

    /// The digest of bytes alone, for assets and data files.
    static func of(bytes: [UInt8]) -> Digest {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.addBytes($0) }
        return hasher.finish()
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
