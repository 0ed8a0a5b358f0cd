import CGit2
import Foundation
import FuzzDriver
import RoadmapSources

// A pack index and its pack, read by the pack reader (and, where it gives up, libgit2): never a
// crash, and an object is returned only if it hashes to its id. Input: a 4-byte big-endian
// length of the index, the index, the pack. Deltas are also applied to arbitrary bases.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-fuzz-pack-\(getpid())").path
let repoInit = Process()
repoInit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
repoInit.arguments = ["git", "init", "-q", "--bare", folder]
try! repoInit.run()
repoInit.waitUntilExit()
let repository = try! GitRepository.open(at: folder)
let packFolder = folder + "/objects/pack"

fuzz { bytes in
    guard bytes.count >= 4 else { return }
    let length = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
    let half = bytes.count / 2
    _ = DeltaPatch.apply(Array(bytes[half...]), to: Array(bytes[..<half]))
    guard length <= bytes.count - 4 else { return }
    let index = Array(bytes[4..<(4 + length)]), pack = Array(bytes[(4 + length)...])
    FileManager.default.createFile(atPath: packFolder + "/pack-fuzz.idx", contents: Data(index))
    FileManager.default.createFile(atPath: packFolder + "/pack-fuzz.pack", contents: Data(pack))
    guard let reader = try? ObjectReader(repository: repository, budget: 1 << 16) else { return }
    // The ids the index lists (a version-2 index: 8 bytes of header, 256 fan-out counts, ids).
    let count = index.count >= 1032 ? min(64, Int(index[1028]) << 24 | Int(index[1029]) << 16 | Int(index[1030]) << 8 | Int(index[1031])) : 0
    for i in 0..<count where 1032 + (i + 1) * 20 <= index.count {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: index[(1032 + i * 20)..<(1032 + (i + 1) * 20)]) }
        if let object = try? reader.read(oid), !ObjectReader.hashes(object, to: oid) {
            fatalError("object \(GitObjectID.hex(oid)) read with bytes that do not hash to it")
        }
    }
}
