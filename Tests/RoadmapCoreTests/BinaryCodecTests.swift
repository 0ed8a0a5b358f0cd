import RoadmapCore
import Testing

/// The one codec both caches are written in: what is written reads back the same, a repeated
/// string is stored once, and damaged or truncated input throws instead of being misread.
struct BinaryCodecTests {
    @Test func everyPrimitiveReadsBackAsWritten() throws {
        var w = BinaryWriter()
        let ints = [0, 1, -1, 63, -64, 64, 127, 128, -129, 300, Int.max, Int.min]
        for n in ints { w.int(n) }
        w.byte(0xFE)
        w.bool(true)
        w.bool(false)
        w.double(-0.125)
        w.double(.infinity)
        w.uint64(0x0102_0304_0506_0708)
        w.string("prds/a.md")
        w.string("Straße 🚀")
        w.string("prds/a.md")
        w.optionalString(nil)
        w.optionalString("x")
        w.optionalDouble(nil)
        w.optionalDouble(2.5)
        w.array([3, 1, 2]) { $0.int($1) }
        w.string("saved-cards")

        var r = BinaryReader(w.bytes)
        for n in ints { #expect(try r.int() == n) }
        #expect(try r.byte() == 0xFE)
        #expect(try r.bool() == true)
        #expect(try r.bool() == false)
        #expect(try r.double() == -0.125)
        #expect(try r.double() == .infinity)
        #expect(try r.uint64() == 0x0102_0304_0506_0708)
        #expect(try r.string() == "prds/a.md")
        #expect(try r.string() == "Straße 🚀")
        #expect(try r.string() == "prds/a.md")
        #expect(try r.optionalString() == nil)
        #expect(try r.optionalString() == "x")
        #expect(try r.optionalDouble() == nil)
        #expect(try r.optionalDouble() == 2.5)
        #expect(try r.array { r throws(BinaryReader.Corrupt) in try r.int() } == [3, 1, 2])
        #expect(try r.itemID() == ItemID("saved-cards"))
        #expect(r.isAtEnd)
    }

    @Test func aRepeatedStringIsStoredOnce() {
        var once = BinaryWriter()
        once.string("a fairly long path/of/a/file.md")
        var twice = once
        twice.string("a fairly long path/of/a/file.md")
        #expect(twice.bytes.count == once.bytes.count + 1)
    }

    @Test func anIDIsCheckedAndSharedByItsString() throws {
        var w = BinaryWriter()
        w.string("ok-id")
        w.string("ok-id")
        w.string("Not An Id!")
        var r = BinaryReader(w.bytes)
        #expect(try r.itemID() == ItemID("ok-id"))
        #expect(try r.itemID() == ItemID("ok-id"))
        #expect(throws: BinaryReader.Corrupt.self) { try r.itemID() }
    }

    @Test func damagedInputThrowsEverywhere() {
        var w = BinaryWriter()
        w.string("hello")
        w.int(1 << 40)
        w.double(1)
        let bytes = w.bytes
        // Every truncation fails somewhere instead of reading past the end.
        for length in 0..<bytes.count {
            var r = BinaryReader(Array(bytes.prefix(length)))
            #expect(throws: BinaryReader.Corrupt.self) {
                _ = try r.string()
                _ = try r.int()
                _ = try r.double()
            }
        }
        var badReference = BinaryReader([4])
        #expect(throws: BinaryReader.Corrupt.self) { try badReference.string() }
        var badBool = BinaryReader([2])
        #expect(throws: BinaryReader.Corrupt.self) { try badBool.bool() }
        var hugeCount = BinaryReader([0, 0x7E])
        #expect(throws: BinaryReader.Corrupt.self) { try hugeCount.string() }
        var invalidUTF8 = BinaryReader([0, 2, 0xC3, 0x28])
        #expect(throws: BinaryReader.Corrupt.self) { try invalidUTF8.string() }
        var endless = BinaryReader(Array(repeating: 0xFF, count: 11))
        #expect(throws: BinaryReader.Corrupt.self) { try endless.int() }
    }
}
