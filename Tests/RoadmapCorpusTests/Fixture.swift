import Testing
@testable import RoadmapCorpus

/// Generated corpora shared by the tests; generated once per test run.
struct Fixture: Sendable, CustomTestStringConvertible {
    let name: String
    let spec: CorpusSpec
    let files: [(path: String, contents: String)]

    var testDescription: String { name }
    var parsed: ParsedCorpus { ParsedCorpus(files) }

    /// Files only, a mature roadmap's status mix.
    static let plain = Fixture(name: "plain", spec: CorpusSpec(prds: 300, objectives: 20, teams: 5, seed: 11))
    /// The final state of a history with every kind of edit.
    static let evolved = Fixture(name: "evolved", spec: CorpusSpec(prds: 60, objectives: 8, teams: 4, seed: 3, commits: 400))
    /// The final state of histories of every other shape.
    static let shaped = HistoryShape.allCases.filter { $0 != .standard }.map { shape in
        Fixture(name: shape.rawValue, spec: CorpusSpec(prds: 60, objectives: 8, teams: 4, seed: 3, commits: 400, shape: shape))
    }
    static let all = [plain, evolved] + shaped

    init(name: String, spec: CorpusSpec) {
        self.name = name
        self.spec = spec
        files = CorpusGenerator(spec: spec).files()
    }
}

/// 64-bit FNV-1a over every path and file, to pin the exact bytes in one number.
func digest(_ files: [(path: String, contents: String)]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for file in files {
        for byte in file.path.utf8 + [0] + file.contents.utf8 + [0] {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }
    return hash
}
