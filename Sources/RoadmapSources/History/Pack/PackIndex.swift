#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CGit2

/// A version-2 pack index (`.idx`): finds an object's offset in its pack by binary search over
/// the sorted ids, narrowed by the fan-out table.
struct PackIndex {
    private let file: MappedFile
    let count: Int
    private let idsStart = 8 + 256 * 4
    private var offsetsStart: Int { idsStart + count * 20 + count * 4 }
    private var largeOffsetsStart: Int { offsetsStart + count * 4 }

    /// Nil for anything but a well-formed version-2 index of SHA-1 ids (the caller then leaves
    /// the pack to libgit2).
    init?(file: MappedFile) {
        guard file.count >= 8 + 256 * 4 + 40, file[0] == 0xFF, file[1] == 0x74, file[2] == 0x4F, file[3] == 0x63,
              file.uint32(at: 4) == 2 else { return nil }
        let total = Int(file.uint32(at: 8 + 255 * 4))
        guard file.count >= 8 + 256 * 4 + total * 28 + 40 else { return nil }
        // The fan-out counts never decrease: the binary search relies on them to stay in the table.
        var previous: UInt32 = 0
        for bucket in 0..<256 {
            let count = file.uint32(at: 8 + bucket * 4)
            guard count >= previous else { return nil }
            previous = count
        }
        self.file = file
        count = total
    }

    /// Whether the index's last 20 bytes are the SHA-1 of everything before them (what
    /// `git verify-pack` checks). The entries' CRC-32s cover the packed bytes, not the sorted ids
    /// that say which object each entry is: without this a damaged id would hand one object's
    /// bytes out under another's id. It costs one pass over the index per process (3.4 MB, a few
    /// milliseconds, on a 20,000-commit history).
    func checksumIsIntact() -> Bool {
        var computed = [UInt8](repeating: 0, count: 20)
        guard let base = file.bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
              roadmap_sha1(base, file.count - 20, &computed) == 0 else { return false }
        return computed.elementsEqual(UnsafeRawBufferPointer(rebasing: file.bytes[(file.count - 20)...]))
    }

    /// Whether `trailer` (a pack's last 20 bytes) is the pack checksum this index recorded.
    func recordsPackChecksum(_ trailer: UnsafeRawBufferPointer) -> Bool {
        trailer.elementsEqual(UnsafeRawBufferPointer(rebasing: file.bytes[(file.count - 40)..<(file.count - 20)]))
    }

    /// The pack offset of `oid`, or nil when this pack does not hold it.
    func offset(of oid: git_oid) -> Int? {
        var id = oid
        return withUnsafeBytes(of: &id.id) { key -> Int? in
            let first = Int(key[0])
            var low = first == 0 ? 0 : Int(file.uint32(at: 8 + (first - 1) * 4))
            var high = Int(file.uint32(at: 8 + first * 4))
            guard let keyBase = key.baseAddress, let ids = file.bytes.baseAddress else { return nil }
            while low < high {
                let middle = (low + high) / 2
                let order = memcmp(ids + idsStart + middle * 20, keyBase, 20)
                if order == 0 { return entryOffset(middle) }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// The CRC-32 the index records for the packed bytes (header and data) of the entry at
    /// sorted position `position`.
    func packedCRC(at position: Int) -> UInt32 { file.uint32(at: idsStart + count * 20 + position * 4) }

    /// Every entry's offset with its sorted position, ordered by offset (so each entry's end is
    /// the next one's start); entries whose offset cannot be read are left out.
    func positionsByOffset() -> (offsets: [Int], positions: [Int32]) {
        var pairs: [(Int, Int32)] = []
        pairs.reserveCapacity(count)
        for position in 0..<count {
            if let offset = entryOffset(position) { pairs.append((offset, Int32(truncatingIfNeeded: position))) }
        }
        pairs.sort { $0.0 < $1.0 }
        return (pairs.map(\.0), pairs.map(\.1))
    }

    private func entryOffset(_ index: Int) -> Int? {
        let small = file.uint32(at: offsetsStart + index * 4)
        guard small & 0x8000_0000 != 0 else { return Int(small) }
        let position = largeOffsetsStart + Int(small & 0x7FFF_FFFF) * 8
        guard position + 8 <= file.count else { return nil }
        let high = UInt64(file.uint32(at: position)), low = UInt64(file.uint32(at: position + 4))
        return Int(exactly: high << 32 | low)
    }
}
