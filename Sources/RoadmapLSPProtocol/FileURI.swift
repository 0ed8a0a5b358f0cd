/// `file:` URIs of absolute paths, spelled as Foundation's `URL(fileURLWithPath:).absoluteString`
/// spells them (the tests hold the two to the same answers): a server publishing diagnostics of
/// thousands of files made a Foundation URL for each, a tenth of its first publication.
public enum FileURI {
    public static func of(absolutePath path: String) -> String {
        var bytes: [UInt8] = Array("file://".utf8)
        bytes.reserveCapacity(path.utf8.count + 16)
        for byte in path.utf8 {
            if isAllowed(byte) {
                bytes.append(byte)
            } else {
                bytes.append(0x25)
                bytes.append(hex(byte >> 4))
                bytes.append(hex(byte & 0x0F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 3986's unreserved characters, the path's `/`, and the sub-delimiters and `:` `@`
    /// Foundation leaves as they are in a path.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: true  // A-Z a-z 0-9
        case 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: true            // - . _ ~ /
        case 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D, 0x3A, 0x40: true  // ! $ & ' ( ) * + , ; = : @
        default: false
        }
    }

    private static func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x41 + nibble - 10 }
}
