import RoadmapSources
import Testing

@Suite struct PerformanceTests {
    /// 10,000 files in 100 folders: every source must list and read them all quickly. The bound is
    /// loose because tests run unoptimised on busy shared machines (about 0.1 to 0.5 s each was
    /// measured there); it is there to catch O(n²) work and per-file process spawning, which
    /// would take many seconds.
    @Test func tenThousandFilesListAndReadQuickly() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitignore", "*.tmp\n")
        for folder in 0..<100 {
            for file in 0..<100 {
                try fixture.write("road/prds/f\(folder)/item-\(file).md", "---\nid: F\(folder)-\(file)\n---\nbody\n")
            }
        }
        try fixture.commitAll("corpus")
        let location = try fixture.location("road")
        let sources: [any RoadmapSource] = [location.workingTree(), try location.commit(), try location.index()]
        for source in sources {
            let clock = ContinuousClock()
            var total = 0
            let elapsed = try clock.measure {
                let entries = try source.entries(under: "prds")
                for entry in entries { total += try source.contents(of: entry).count }
                #expect(entries.count == 10_000)
            }
            #expect(total == (0..<100).reduce(0) { sum, folder in
                sum + (0..<100).reduce(0) { $0 + "---\nid: F\(folder)-\($1)\n---\nbody\n".utf8.count }
            })
            #expect(elapsed < .seconds(2), "\(source.label) took \(elapsed)")
        }
    }
}
