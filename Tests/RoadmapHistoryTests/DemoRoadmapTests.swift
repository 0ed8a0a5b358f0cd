import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapCorpus
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing

/// `roadmap-corpus demo`: the same repository every run, a roadmap that checks clean, and a
/// history with every kind of change the history features show.
@Suite struct DemoRoadmapTests {
    /// A fresh demo repository in a temporary folder.
    final class DemoRepo {
        let root: String
        init() throws {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-demo-\(UUID().uuidString)")
            root = base.path
            try GitHistoryWriter().write(DemoRoadmap(), to: base)
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }

        func location() throws -> RoadmapLocation {
            let resolved = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
            return try RoadmapLocation.resolve(".", currentDirectory: resolved,
                                               ceilingDirectories: [(resolved as NSString).deletingLastPathComponent])
        }

        func git(_ arguments: String...) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root] + arguments
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func twoRunsGiveTheSameCommitIDs() throws {
        let first = try DemoRepo(), second = try DemoRepo()
        let ids = try first.git("log", "--format=%H %an %ad", "--date=iso-strict")
        #expect(ids == (try second.git("log", "--format=%H %an %ad", "--date=iso-strict")))
        #expect(ids.split(separator: "\n").count == DemoRoadmap().commits().count)
        #expect(ids.split(separator: "\n").count > 80)
        let dates = try first.git("log", "--format=%ad", "--date=short").split(separator: "\n")
        #expect(dates.first == "2026-11-30" && dates.last == "2026-06-01")
        let authors = Set(try first.git("log", "--format=%an").split(separator: "\n"))
        #expect(authors.count >= 5)
    }

    @Test func checksWithoutErrors() throws {
        let repo = try DemoRepo()
        let compiled = try RoadmapCompiler(source: try repo.location().commit("HEAD")).compile()
        #expect(compiled.roadmap.features.count == 9 && compiled.roadmap.objectives.count == 3)
        #expect(compiled.diagnostics.errorCount == 0, "\(compiled.diagnostics.map(\.message))")
        // Until key results know `confidence` and `note`, those are the only unknown keys; the
        // one other warning is usage-alerts being overdue, on purpose, once today passes its due date.
        for warning in compiled.diagnostics {
            let known = (warning.code == .unknownKey && ["`confidence`", "`note`"].contains { warning.message.hasPrefix($0) })
                || (warning.code == .overdue && warning.location?.path == "prds/growth/usage-alerts.md")
            #expect(known, "\(warning.code.rawValue) \(warning.message)")
        }
    }

    @Test func historyHasCheckInsOfEveryKindARenameAndSlips() throws {
        let repo = try DemoRepo()
        let history = try HistoryMiner(location: try repo.location(), config: RoadmapConfig(), cacheFile: nil).mine().history
        func checkIns(_ objective: String) throws -> [String: [Double]] {
            let item = try #require(history.item(ItemID(objective)!))
            var series: [String: [Double]] = [:]
            for entry in item.timeline {
                for case .keyResultProgressed(let kr, _, let to?) in entry.change.events { series[kr, default: []].append(to) }
            }
            return series
        }
        let love = try checkIns("customer-love"), keep = try checkIns("keep-customers")
        // The renamed objective keeps its series under its old id too: it is one item.
        let onboarding = try checkIns("fast-onboarding")
        #expect(onboarding == (try checkIns("instant-value")))
        for (kr, series) in [("nps", love["nps"]), ("csat", love["csat"]), ("retention", keep["retention"]),
                             ("adoption", keep["adoption"]), ("expansion", keep["expansion"]), ("ttfv", onboarding["ttfv"])] {
            #expect((series?.count ?? 0) >= 15, "\(kr) has \(series?.count ?? 0) check-ins")
        }
        // Time to first value falls towards its target of 2 days; NPS rises but stays short of 35.
        let ttfv = try #require(onboarding["ttfv"]), nps = try #require(love["nps"])
        #expect(ttfv.first! > 7 && ttfv.last! <= 3)
        #expect(nps.last! > 18 && nps.last! < 35)

        let renamed = try #require(history.item(ItemID("fast-onboarding")!))
        #expect(renamed.id == ItemID("instant-value"))
        #expect(renamed.formerIDs == [ItemID("fast-onboarding")!])
        #expect(renamed.path == "okrs/instant-value.md")
        #expect(try #require(history.item(ItemID("support-chat")!)).slipCount == 2)
        #expect(try #require(history.item(ItemID("team-workspaces")!)).slipCount == 1)
        #expect(try #require(history.item(ItemID("guided-setup")!)).status == "shipped")
        #expect(try #require(history.item(ItemID("win-back-emails")!)).status == "dropped")

        let file = try String(contentsOfFile: repo.root + "/okrs/customer-love.md", encoding: .utf8)
        #expect(file.contains("    confidence: 4\n    note: \"Unlikely to reach 35 this quarter\"\n"))
    }
}
