import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// Times a full build, a no-change rebuild and a one-edit rebuild of a large generated roadmap.
/// Runs only with `ROADMAP_SITE_BENCH=<number of PRDs>`; meant for release builds:
/// `ROADMAP_SITE_BENCH=10000 swift test -c release --filter RoadmapSiteTests.BenchmarkTests`.
@Suite struct BenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ROADMAP_SITE_BENCH"] != nil, "a benchmark: set ROADMAP_SITE_BENCH=N"))
    func largeRoadmap() throws {
        let count = try #require(ProcessInfo.processInfo.environment["ROADMAP_SITE_BENCH"].flatMap(Int.init), "ROADMAP_SITE_BENCH must be a number of PRDs")
        let roadmap = LargeRoadmap.make(features: count, objectives: max(1, count * 3 / 100))
        let temp = TempFolder()
        defer { temp.remove() }
        // A kept output folder makes the first build a rebuild too, for profiling rebuilds alone.
        let out = ProcessInfo.processInfo.environment["ROADMAP_SITE_BENCH_OUT"] ?? temp.path + "/site"
        let renderer = FastEscapingRenderer()
        func timed(_ label: String, _ roadmap: Roadmap) throws -> SiteReport {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpu0 = clock()
            let report = try SiteTestSupport.build(roadmap, options: SiteTestSupport.options(output: out), renderer: renderer)
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = Double(clock() - cpu0) / Double(CLOCKS_PER_SEC)
            print("bench \(label): wall \(String(format: "%.3f", wall)) s, cpu \(String(format: "%.3f", cpu)) s, "
                + "written \(report.filesWritten), unchanged \(report.filesUnchanged), pages \(report.pageCount)")
            return report
        }
        _ = try timed("full", roadmap)
        let repeats = ProcessInfo.processInfo.environment["ROADMAP_SITE_BENCH_REPEAT"].flatMap(Int.init) ?? 1
        for _ in 0..<max(1, repeats) {
            let again = try timed("unchanged", roadmap)
            #expect(again.filesWritten == 0)
        }
        var features = roadmap.features
        features[features.count / 2].body.markdown += "\nOne more line."
        let edited = try timed("one-edit", Roadmap(config: roadmap.config, objectives: roadmap.objectives, features: features))
        #expect(edited.filesWritten == 1)
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        print("bench peak memory:", status.split(separator: "\n").first { $0.hasPrefix("VmHWM") } ?? "unknown")
    }
}

/// Escapes bytes and wraps lines in paragraphs: about the cost of copying, to measure the site
/// builder apart from Markdown rendering.
struct FastEscapingRenderer: BodyRenderer {
    func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?,
                unlink: @Sendable (String, String) -> String?) -> String {
        var out: [UInt8] = Array("<p>".utf8)
        out.reserveCapacity(markdown.utf8.count + 64)
        for byte in markdown.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "\n"): out += Array("</p>\n<p>".utf8)
            default: out.append(byte)
            }
        }
        out += Array("</p>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}

/// A deterministic large roadmap: teams, tags, quarters and horizons, dependencies, OKR links,
/// bodies of a few kilobytes.
enum LargeRoadmap {
    static func make(features count: Int, objectives objectiveCount: Int) -> Roadmap {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let statuses = RoadmapConfig.defaultStatuses
        let paragraph = String(repeating: "The checkout flow loses customers at the address step; we measure it weekly. ", count: 6)
        let objectives = (0..<objectiveCount).map { o in
            Fixtures.objective("objective-\(o)", title: "Objective number \(o)", period: "2026-Q\(o % 4 + 1)", keyResults: [
                ("kr1", "Metric one of \(o)", 10, 20, Double(10 + o % 10), "%"),
                ("kr2", "Metric two of \(o)", 100, 50, 80, "ms"),
                ("kr3", "Metric three of \(o)", 0, 1000, nil, nil),
            ], body: paragraph)
        }
        let features = (0..<count).map { i in
            let quarter = next(3) == 0 ? nil : "202\(5 + next(3))-Q\(1 + next(4))"
            let horizon: Horizon? = quarter == nil ? Horizon.allCases[next(3)] : nil
            var body = "## Problem\n\(paragraph)\n## Success metrics\n"
            for k in 0..<(4 + next(8)) { body += "- Item \(k): \(paragraph.prefix(200))\n" }
            body += "See [a related PRD](prd-\(next(count)).md).\n"
            return Fixtures.feature(
                "prd-\(i)", title: "Feature \(i): improve area \(next(500))", status: statuses[next(statuses.count)],
                owner: "Owner \(next(60))", team: next(10) == 0 ? nil : "Team \(next(12))", quarter: quarter, horizon: horizon,
                due: quarter == nil ? nil : "2026-0\(1 + next(9))-1\(next(9))",
                okrs: next(5) == 0 ? [] : ["objective-\(next(objectiveCount))/kr\(1 + next(3))"],
                dependsOn: i > 0 && next(4) == 0 ? ["prd-\(next(i))"] : [],
                rice: next(6) == 0 ? nil : RICE(reach: Double(next(50000)), impact: RICE.impacts[next(5)],
                                                 confidence: Double(next(100)) / 100, effort: Double(1 + next(12))),
                tags: (0..<next(4)).map { _ in "tag-\(next(40))" }, body: body)
        }
        return Fixtures.link(objectives: objectives, features: features)
    }
}

extension BenchmarkTests {
    /// Where a full build's time goes, phase by phase, on one thread where the phase allows.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ROADMAP_SITE_PHASES"] != nil, "a benchmark: set ROADMAP_SITE_PHASES=N"))
    func phases() throws {
        let count = try #require(ProcessInfo.processInfo.environment["ROADMAP_SITE_PHASES"].flatMap(Int.init), "ROADMAP_SITE_PHASES must be a number of PRDs")
        let roadmap = LargeRoadmap.make(features: count, objectives: max(1, count * 3 / 100))
        let options = SiteTestSupport.options(output: "/tmp/unused")
        func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let c0 = clock()
            let result = try body()
            print("phase \(label): wall \((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) ms, cpu \((clock() - c0) * 1000 / CLOCKS_PER_SEC) ms")
            return result
        }
        let templates = try time("templates") { try TemplateSet.load(layers: options.themeLayers) }
        let model = time("model") { SiteModel(roadmap: roadmap, diagnostics: [], options: options) }
        let planner = SitePlanner(model: model, templates: templates, bodyRenderer: FastEscapingRenderer())
        let jobs = time("plan") { planner.jobs() }
        let products = try time("fingerprint") { try jobs.map { try $0.make() } }
        var kinds: [String: (Int, UInt64)] = [:]
        var total = 0
        time("render (one thread)") {
            for (job, product) in zip(jobs, products) {
                let start = DispatchTime.now().uptimeNanoseconds
                total += product.produce().count
                let kind = job.path.hasPrefix("prd/") ? "prd" : job.path.hasSuffix(".html") ? "lists and others" : job.path
                kinds[kind, default: (0, 0)].0 += 1
                kinds[kind, default: (0, 0)].1 += DispatchTime.now().uptimeNanoseconds - start
            }
        }
        for (kind, v) in kinds.sorted(by: { $0.value.1 > $1.value.1 }) {
            print("phase   \(kind): \(v.0) files, \(v.1 / 1_000_000) ms")
        }
        print("phase output: \(total / 1_000_000) MB")
    }
}
