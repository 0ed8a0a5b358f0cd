import CGit2

/// Hex form of libgit2 object ids, the form `SourceEntry.blobID` carries.
package enum GitObjectID {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Full lowercase hex of an id.
    package static func hex(_ oid: git_oid) -> String {
        var id = oid
        let bytes = withUnsafeBytes(of: &id.id) { Array($0) }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Parses a full hex id; nil when `hex` is not exactly one.
    static func parse(_ hex: String) -> git_oid? {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy(isHexDigit) else { return nil }
        var oid = git_oid()
        let code = hex.withCString { git_oid_fromstr(&oid, $0) }
        return code == 0 ? oid : nil
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102) || (byte >= 65 && byte <= 70)
    }
}
