import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

// Where the check cache is stored is the driver's choice, not the compiler's: the compiler takes any
// cache file and so needs no git.
extension AnalysisCache {
    /// The cache of a roadmap in a git repository: inside the repository's shared git directory,
    /// never in the working tree, one file per roadmap root. Nil for a plain folder or a git
    /// directory that cannot be written.
    public static func forRoadmap(at location: RoadmapLocation) -> AnalysisCache? {
        guard let repository = location.repository,
              FileManager.default.isWritableFile(atPath: repository.commonDirectory) else { return nil }
        return AnalysisCache(file: repository.commonDirectory + "/roadmap/check-cache-\(StableHash.hex(location.pathInRepository)).bin")
    }
}
