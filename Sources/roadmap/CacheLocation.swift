import Foundation
import RoadmapCompiler
import RoadmapSources

/// Where a roadmap's analysis cache lives: inside the repository's git directory, never in the
/// working tree. A plain folder or a read-only git directory simply gets no cache.
enum CacheLocation {
    static func cache(for location: RoadmapLocation) -> AnalysisCache? {
        guard let repository = location.repository else { return nil }
        let folder = repository.commonDirectory + "/roadmap"
        guard FileManager.default.isWritableFile(atPath: repository.commonDirectory) else { return nil }
        // One cache per roadmap root, so two roadmaps in one repository do not evict each other.
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in location.pathInRepository.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return AnalysisCache(file: folder + "/check-cache-\(String(hash, radix: 16)).bin")
    }
}
