import RoadmapCore
import RoadmapHistory

/// Reads what `ByteWriter` wrote; every inconsistency throws, and the cache is then rebuilt.
struct ByteReader {
    struct Corrupt: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    private var strings: [String] = []
    /// Ids already validated, by string index: an id is used by many changes.
    private var ids: [ItemID?] = []

    /// Starts at `offset` with the string table.
    init(_ bytes: [UInt8], offset: Int) throws(Corrupt) {
        self.bytes = bytes
        self.offset = offset
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            // The checksum already vouches for the bytes; decoding cannot fail.
            strings.append(String(decoding: bytes[self.offset..<(self.offset + length)], as: UTF8.self))
            self.offset += length
        }
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

    /// A count that cannot exceed what is left to read.
    mutating func count() throws(Corrupt) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        return n
    }

    mutating func double() throws(Corrupt) -> Double {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Corrupt) -> String {
        let index = try int()
        guard index >= 0, index < strings.count else { throw Corrupt() }
        return strings[index]
    }

    /// A validated item id, by string index.
    mutating func itemID() throws(Corrupt) -> ItemID {
        let index = try int()
        guard index >= 0, index < strings.count else { throw Corrupt() }
        if ids.isEmpty { ids = Array(repeating: nil, count: strings.count) }
        if let known = ids[index] { return known }
        guard let id = ItemID(strings[index]) else { throw Corrupt() }
        ids[index] = id
        return id
    }

    mutating func optionalString() throws(Corrupt) -> String? {
        let index = try int()
        if index == 0 { return nil }
        guard index > 0, index <= strings.count else { throw Corrupt() }
        return strings[index - 1]
    }

    mutating func optionalDouble() throws(Corrupt) -> Double? {
        switch try byte() {
        case 0: return nil
        case 1: return try double()
        default: throw Corrupt()
        }
    }
}
