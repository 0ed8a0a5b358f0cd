import Foundation
import FuzzDriver
import RoadmapCompiler
import RoadmapCore
import RoadmapHistoryMiner

// The analysis and history cache readers on damaged files. The checksums are made to match
// first (the damage a checksum catches is not interesting), so the decoders themselves meet the
// bytes. The first byte picks the cache; the rest is a whole cache file (seeds are real ones).
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-fuzz-cache-\(getpid())").path
try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

func uint64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }

fuzz { input in
    guard let mode = input.first else { return }
    var bytes = Array(input.dropFirst())
    if mode & 1 == 0 {
        // RMCACHE, version (one varint byte), checksum of the rest, then fingerprint and entries.
        let start = AnalysisCache.magic.count + 1 + 8
        guard bytes.count > start else { return }
        bytes.replaceSubrange(0..<AnalysisCache.magic.count, with: AnalysisCache.magic)
        bytes[AnalysisCache.magic.count] = UInt8(AnalysisCache.formatVersion << 1)
        bytes.replaceSubrange((start - 8)..<start, with: uint64(StableHash.checksum(bytes[start...])))
        var reader = BinaryReader(bytes, offset: start)
        let fingerprint = (try? reader.string()) ?? ""
        let path = folder + "/check.bin"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        _ = AnalysisCache(file: path).load(fingerprint: fingerprint)
    } else {
        // RMHISTORY, version byte, then segments of length, checksum and payload.
        let magic = HistoryCacheFile.magic
        guard bytes.count > magic.count + 1 else { return }
        bytes.replaceSubrange(0..<magic.count, with: magic)
        bytes[magic.count] = HistoryCacheFile.formatVersion
        var offset = magic.count + 1
        var fingerprint: String?
        while offset + 16 <= bytes.count {
            var length = 0
            for i in 0..<8 { length |= Int(bytes[offset + i]) << (8 * i) }
            length = max(1, min(length & 0xFFFFFF, bytes.count - offset - 16))
            bytes.replaceSubrange(offset..<(offset + 8), with: uint64(UInt64(length)))
            let start = offset + 16
            guard start + length <= bytes.count else { break }
            bytes.replaceSubrange((offset + 8)..<start, with: uint64(StableHash.checksum(bytes[start..<(start + length)])))
            if fingerprint == nil, case var reader = BinaryReader(bytes, offset: start) { fingerprint = try? reader.string() }
            offset = start + length
        }
        let path = folder + "/history.bin"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        _ = HistoryCacheFile(path: path, fingerprint: fingerprint ?? "").load()
    }
}
