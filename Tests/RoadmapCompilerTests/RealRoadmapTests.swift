import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// The sample roadmap and the real Swift Evolution corpus, compiled end to end from disk.
@Suite struct RealRoadmapTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func folder(_ url: URL) throws -> InMemorySource {
        var files: [String: [UInt8]] = [:]
        let base = url.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            guard !item.hasDirectoryPath else { continue }
            files[String(item.standardizedFileURL.path.dropFirst(base.count))] = Array(try Data(contentsOf: item))
        }
        return InMemorySource(bytes: files)
    }

    @Test func sampleRoadmapHasOnlyItsDeliberateWarnings() throws {
        let source = try Self.folder(Self.repoRoot.appendingPathComponent("sample-roadmap"))
        let result = try RoadmapCompiler(source: source).compile()
        // Only the deliberate examples of the board and the capacity page: one PRD in progress
        // over the limit, and payments over its capacity in 2026-Q4.
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.location?.path ?? ""):\($0.location?.line ?? 0) \($0.message)" }
            == ["RM330 roadmap.yml:11 5 PRDs are in-progress, over the limit of 4 set here: `eu-data-residency`, `guided-onboarding`, `invoice-api-latency`, `payment-methods-api`, `sepa-direct-debit`",
                "RM817 roadmap.yml:25 team `payments` has 10.42 person-months committed in 2026-Q4, over its capacity of 10: `peppol-e-invoicing` 6, `sepa-direct-debit` 2.42, `smart-retries` 2"])
        #expect(result.roadmap.features.count >= 12)
        #expect(Set(result.roadmap.features.map(\.status)) == Set(RoadmapConfig.defaultStatuses))
        #expect(Set(result.roadmap.features.compactMap(\.team)).count >= 3)
    }

    /// The shared Swift Evolution corpus beside the repository (CI lays it there); absent in an
    /// ordinary clone, where the test is skipped and says why.
    static let evolutionCorpus = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/swift-evolution")
    static let hasEvolutionCorpus = FileManager.default.fileExists(atPath: evolutionCorpus.path)

    @Test(.enabled(if: hasEvolutionCorpus, "the shared Swift Evolution corpus is not beside this checkout (../shared/corpora/swift-evolution)"))
    func swiftEvolutionHasNoErrors() throws {
        let corpus = Self.evolutionCorpus
        let result = try RoadmapCompiler(source: try Self.folder(corpus)).compile()
        #expect(result.fileCount == 580)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.prefix(5).map { "\($0.code.rawValue) \($0.location?.path ?? ""):\($0.location?.line ?? 0) \($0.message)" })")
        let codes = Set(result.diagnostics.map(\.code))
        // Genuine warnings only: undecided proposals without RICE, links that dangle after the move.
        #expect(codes.isSubset(of: [.missingRICE, .brokenRelativeLink, .orphanFeature, .uncoveredKeyResult]), "\(codes)")
    }
}
