/// The compact binary encoding of both caches (the check cache and the history cache).
///
/// Hand-written rather than Codable: the cache must load 10,000 entries in a few milliseconds for
/// `check --staged` to stay under its budget, and JSON decoding of the same data costs hundreds.
/// Integers are zig-zag LEB128, doubles their raw bits, and a string is written once: later uses
/// refer to it by number, and are read back as one shared instance instead of a copy each.
/// Changing what this writes changes both caches' formats: bump both format versions.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []
    private var written: [String: Int] = [:]

    public init() {}

    public mutating func int(_ value: Int) {
        // Zig-zag then LEB128, so small negative numbers stay small too.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func double(_ value: Double) { uint64(value.bitPattern) }

    public mutating func uint64(_ value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    /// 0 and the UTF-8 bytes the first time, else the number of the earlier one (from 1).
    public mutating func string(_ value: String) {
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

    public mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    public mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

    public mutating func optionalDouble(_ value: Double?) { optional(value) { $0.double($1) } }

    public mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    public mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is then ignored.
public struct BinaryReader {
    public struct Corrupt: Error {
        public init() {}
    }

    private let bytes: [UInt8]
    public private(set) var offset: Int
    private var strings: [String] = []
    /// Ids already validated, by string number: an id is used by many entries.
    private var ids: [Int: ItemID] = [:]

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func byte() throws(Corrupt) -> UInt8 {
        guard offset < bytes.count else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func int() throws(Corrupt) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Corrupt() }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
        }
        // Undone on the unsigned bits: an arithmetic shift would misread numbers from 2^62 up.
        return Int(Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1))))
    }

    /// A count that cannot exceed what is left to read.
    public mutating func count() throws(Corrupt) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        return n
    }

    public mutating func bool() throws(Corrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Corrupt()
        }
    }

    public mutating func double() throws(Corrupt) -> Double { Double(bitPattern: try uint64()) }

    public mutating func uint64() throws(Corrupt) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return bits
    }

    public mutating func string() throws(Corrupt) -> String { try numberedString().text }

    /// A valid item id, checked once per distinct string.
    public mutating func itemID() throws(Corrupt) -> ItemID {
        let (number, text) = try numberedString()
        if let known = ids[number] { return known }
        guard let id = ItemID(text) else { throw Corrupt() }
        ids[number] = id
        return id
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func optionalString() throws(Corrupt) -> String? { try optional { r throws(Corrupt) in try r.string() } }

    public mutating func optionalDouble() throws(Corrupt) -> Double? { try optional { r throws(Corrupt) in try r.double() } }

    public mutating func array<T>(_ read: (inout BinaryReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    private mutating func numberedString() throws(Corrupt) -> (number: Int, text: String) {
        let reference = try int()
        if reference > 0 {
            guard reference <= strings.count else { throw Corrupt() }
            return (reference - 1, strings[reference - 1])
        }
        let n = try count()
        defer { offset += n }
        guard let text = String(validating: bytes[offset..<(offset + n)], as: UTF8.self) else { throw Corrupt() }
        strings.append(text)
        return (strings.count - 1, text)
    }
}
