import CGit2
import CZlib
import Foundation

/// One pack (`.pack` with its `.idx`): where each entry is and how it is stored.
final class PackFile: @unchecked Sendable {
    /// How an entry is stored: whole, or as a delta against another entry.
    enum Entry {
        case whole(GitObjectType, dataStart: Int, size: Int)
        case offsetDelta(base: Int, dataStart: Int, size: Int)
        case referenceDelta(base: git_oid, dataStart: Int, size: Int)
    }

    let index: PackIndex
    let pack: MappedFile
    /// The `.pack` file, for messages.
    let path: String
    /// Entry offsets in pack order with their index positions, made on first need.
    private var layout: (offsets: [Int], positions: [Int32])?
    private let layoutLock = NSLock()

    /// A pack whose index reads but which is not the pack the index describes (truncated,
    /// replaced), or whose index fails its own checksum: its objects are reported unreadable,
    /// not handed to libgit2, which would allocate whatever sizes the damaged entries declare.
    struct Refused {
        let index: PackIndex
        let path: String
        /// Why, for messages: names the file at fault.
        let reason: String
    }

    enum Opened {
        case sound(PackFile)
        case refused(Refused)
        /// The index is not a well-formed version-2 index: its pack is read by no one.
        case unparsable
    }

    private init(index: PackIndex, pack: MappedFile, path: String) {
        self.index = index
        self.pack = pack
        self.path = path
    }

    /// The pack of the index at `indexPath` when it is the one the index describes: the same
    /// number of objects, and the checksum in the pack's trailer is the one the index recorded
    /// (what libgit2 checks when it opens a pack). Nil when the index cannot be opened (gone
    /// since it was listed, or unreadable).
    static func open(indexPath: String) -> Opened? {
        guard let indexFile = MappedFile(path: indexPath) else { return nil }
        guard let index = PackIndex(file: indexFile) else { return .unparsable }
        let path = String(indexPath.dropLast(4)) + ".pack"
        guard index.checksumIsIntact() else {
            return .refused(Refused(index: index, path: path, reason: "\(indexPath) is damaged (its checksum does not match its contents; `git index-pack` on its pack writes it again)"))
        }
        guard let pack = MappedFile(path: path),
              pack.count >= 32, pack[0] == 0x50, pack[1] == 0x41, pack[2] == 0x43, pack[3] == 0x4B,
              pack.uint32(at: 4) == 2 || pack.uint32(at: 4) == 3, Int(pack.uint32(at: 8)) == index.count,
              index.recordsPackChecksum(UnsafeRawBufferPointer(rebasing: pack.bytes[(pack.count - 20)...])) else {
            return .refused(Refused(index: index, path: path, reason: "\(path) does not match its index (truncated or replaced)"))
        }
        return .sound(PackFile(index: index, pack: pack, path: path))
    }

    /// The entry at `offset`; nil when its header is damaged.
    func entry(at offset: Int) -> Entry? {
        var position = offset
        guard position < pack.count - 20 else { return nil }
        var byte = pack[position]
        position += 1
        let rawType = (byte >> 4) & 7
        var size = Int(byte & 0x0F)
        var shift = 4
        while byte & 0x80 != 0 {
            guard position < pack.count - 20, shift < 60 else { return nil }
            byte = pack[position]
            position += 1
            size |= Int(byte & 0x7F) << shift
            shift += 7
        }
        switch rawType {
        case 1...4:
            guard let type = GitObjectType(rawValue: rawType) else { return nil }
            return .whole(type, dataStart: position, size: size)
        case 6:
            guard position < pack.count - 20 else { return nil }
            byte = pack[position]
            position += 1
            var distance = Int(byte & 0x7F)
            while byte & 0x80 != 0 {
                guard position < pack.count - 20, distance < Int.max >> 8 else { return nil }
                byte = pack[position]
                position += 1
                distance = ((distance + 1) << 7) | Int(byte & 0x7F)
            }
            guard distance > 0, distance <= offset else { return nil }
            return .offsetDelta(base: offset - distance, dataStart: position, size: size)
        case 7:
            guard position + 20 <= pack.count - 20 else { return nil }
            var base = git_oid()
            withUnsafeMutableBytes(of: &base.id) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: pack.bytes[position..<(position + 20)]))
            }
            return .referenceDelta(base: base, dataStart: position + 20, size: size)
        default:
            return nil
        }
    }

    /// The compressed bytes from `start` to the end of the pack's data (zlib stops at the end
    /// of the entry's stream).
    /// Whether the entry at `offset` has the CRC-32 the index records for it: git's own check of
    /// a packed entry (`git index-pack --verify`). Together with the pack checksum the index
    /// records (checked at `open`), it is what stands between a damaged pack and a wrong history;
    /// hashing every rebuilt object as libgit2 does cost more than half of mining a 10,000-PRD
    /// history, most of it on large trees rebuilt from small deltas.
    func entryIsIntact(at offset: Int) -> Bool {
        let (offsets, positions) = layoutLock.withLock {
            if layout == nil { layout = index.positionsByOffset() }
            return layout ?? ([], [])
        }
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        guard low < offsets.count, offsets[low] == offset else { return false }
        let end = low + 1 < offsets.count ? offsets[low + 1] : pack.count - 20
        guard end > offset, end <= pack.count - 20 else { return false }
        let bytes = UnsafeRawBufferPointer(rebasing: pack.bytes[offset..<end])
        let crc = UInt32(truncatingIfNeeded: crc32(0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count)))
        return crc == index.packedCRC(at: Int(positions[low]))
    }

    func compressed(from start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: pack.bytes[start..<(pack.count - 20)])
    }
}
