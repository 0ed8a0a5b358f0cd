/// A compact binary encoding for the analysis cache.
///
/// Hand-written rather than Codable: the cache must load 10,000 entries in a few milliseconds for
/// `check --staged` to stay under its budget, and JSON decoding of the same data costs hundreds.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Strings already written, by their index: a repeated string (a path is in every location
    /// of its file) is written once, and read back as one shared instance instead of a copy each.
    private var written: [String: Int] = [:]

    mutating func int(_ value: Int) {
        // Zig-zag then LEB128, so small negative numbers stay small too.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) { uint64(value.bitPattern) }

    mutating func uint64(_ value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    mutating func string(_ value: String) {
        if let index = written[value] {
            int(index + 1)
            return
        }
        written[value] = written.count
        int(0)
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is then ignored.
struct BinaryReader {
    struct Corrupt: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    private var strings: [String] = []

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Corrupt) -> UInt8 {
        guard offset < bytes.count else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws(Corrupt) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Corrupt() }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
        }
        let zigzag = Int64(bitPattern: result)
        return Int((zigzag >> 1) ^ -(zigzag & 1))
    }

    mutating func count() throws(Corrupt) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        return n
    }

    mutating func bool() throws(Corrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Corrupt()
        }
    }

    mutating func double() throws(Corrupt) -> Double { Double(bitPattern: try uint64()) }

    mutating func uint64() throws(Corrupt) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return bits
    }

    mutating func string() throws(Corrupt) -> String {
        let reference = try int()
        if reference > 0 {
            guard reference <= strings.count else { throw Corrupt() }
            return strings[reference - 1]
        }
        let n = try count()
        defer { offset += n }
        guard let text = String(validating: bytes[offset..<(offset + n)], as: UTF8.self) else { throw Corrupt() }
        strings.append(text)
        return text
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
