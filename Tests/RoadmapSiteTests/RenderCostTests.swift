import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// Microseconds per render of each page template; runs only with `ROADMAP_SITE_RENDER_COST=1`.
@Suite struct RenderCostTests {
    static let enabled = ProcessInfo.processInfo.environment["ROADMAP_SITE_RENDER_COST"] == "1"

    @Test(.enabled(if: Self.enabled, "a measurement: set ROADMAP_SITE_RENDER_COST=1"))
    func templateCosts() throws {
        let roadmap = LargeRoadmap.make(features: 2000, objectives: 60)
        let options = SiteTestSupport.options(output: "/tmp/unused")
        let model = SiteModel(roadmap: roadmap, diagnostics: [], options: options)
        let templates = try TemplateSet.load(layers: options.themeLayers)
        let planner = SitePlanner(model: model, templates: templates, bodyRenderer: FastEscapingRenderer())
        let jobs = planner.jobs()
        var byKind: [String: (count: Int, nanos: UInt64, bytes: Int)] = [:]
        for job in jobs where job.path.hasSuffix(".html") {
            let kind = job.path.split(separator: "/").first.map(String.init) ?? job.path
            let product = try job.make()
            let start = DispatchTime.now().uptimeNanoseconds
            let bytes = product.produce()
            let nanos = DispatchTime.now().uptimeNanoseconds - start
            byKind[kind, default: (0, 0, 0)].count += 1
            byKind[kind, default: (0, 0, 0)].nanos += nanos
            byKind[kind, default: (0, 0, 0)].bytes += bytes.count
        }
        for (kind, v) in byKind.sorted(by: { $0.value.nanos > $1.value.nanos }) {
            print("cost \(kind): \(v.count) pages, \(v.nanos / 1_000_000) ms total, \(v.nanos / UInt64(v.count) / 1000) µs/page, \(v.bytes / v.count) bytes/page")
        }
    }
}

extension RenderCostTests {
    @Test(.enabled(if: Self.enabled, "a measurement: set ROADMAP_SITE_RENDER_COST=1"))
    func constructCosts() throws {
        let roadmap = LargeRoadmap.make(features: 50, objectives: 5)
        let options = SiteTestSupport.options(output: "/tmp/unused")
        let model = SiteModel(roadmap: roadmap, diagnostics: [], options: options)
        let templates = try TemplateSet.load(layers: options.themeLayers)
        let planner = SitePlanner(model: model, templates: templates, bodyRenderer: FastEscapingRenderer())
        let row = planner.rows([3], path: "x.html")[0]
        let probes = [
            "text": "<td>plain text only</td>",
            "var": "{{title}}",
            "var-int": "{{rank}}",
            "root-climb": "{{#status}}{{root}}{{/status}}",
            "section-bool": "{{#broken}}x{{/broken}}",
            "section-obj": "{{#status}}{{label}}{{/status}}",
            "section-absent": "{{#team}}{{label}}{{/team}}",
            "inverted": "{{^rice}}x{{/rice}}",
            "partial": "{{#status}}{{>status}}{{/status}}",
            "empty-transform": "{{^empty(okrs)}}x{{/empty(okrs)}}",
            "row": "{{>feature-row}}",
            "var-fast": "{{% CONTENT_TYPE: ROADMAP_HTML}}{{title}}",
            "var-10": "{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}",
            "var-10-fast": "{{% CONTENT_TYPE: ROADMAP_HTML}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}{{title}}",
            "var-10-triple": "{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}{{{title}}}",
        ]
        for (name, text) in probes.sorted(by: { $0.key < $1.key }) {
            var library = templates.library
            try library.register(text, named: "probe")
            let n = 2000
            let start = DispatchTime.now().uptimeNanoseconds
            var total = 0
            for _ in 0..<n { total += library.render(row, withTemplate: "probe")?.utf8.count ?? 0 }
            let ns = (DispatchTime.now().uptimeNanoseconds - start) / UInt64(n)
            print("probe \(name): \(ns) ns (\(total / n) bytes)")
        }
    }
}
