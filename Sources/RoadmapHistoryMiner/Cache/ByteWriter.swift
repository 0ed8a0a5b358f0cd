/// Appends the cache's primitives: LEB128 integers, raw doubles, and strings by index into a
/// table written once, so each path, id and name is stored (and decoded) a single time.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]
    private(set) var strings: [String] = []

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    /// A string, by its index in the table.
    mutating func string(_ value: String) {
        if let known = table[value] {
            int(known)
        } else {
            table[value] = strings.count
            int(strings.count)
            strings.append(value)
        }
    }

    /// 0 for nil, else index + 1.
    mutating func optionalString(_ value: String?) {
        guard let value else { return int(0) }
        if let known = table[value] {
            int(known + 1)
        } else {
            table[value] = strings.count
            int(strings.count + 1)
            strings.append(value)
        }
    }

    mutating func optionalDouble(_ value: Double?) {
        guard let value else { return byte(0) }
        byte(1)
        double(value)
    }

    /// The string table followed by the body written so far, as one payload.
    func payload() -> [UInt8] {
        var head = ByteWriter()
        head.int(strings.count)
        for string in strings {
            var text = string
            text.withUTF8 { utf8 in
                head.int(utf8.count)
                head.bytes.append(contentsOf: utf8)
            }
        }
        return head.bytes + bytes
    }
}
