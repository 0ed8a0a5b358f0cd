import Foundation
import RoadmapTestSupport
import Testing

/// The sample roadmap's main pages, pinned byte for byte, and the whole site byte-identical
/// across two builds. Run with RECORD_GOLDEN=1 to rewrite the goldens after an intended change (that run fails).
@Suite struct SampleSiteGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let pages = ["index.html", "timeline.html", "objectives.html", "backlog/index.html", "health.html",
                        "prd/card-vault.html", "objectives/get-paid-faster.html", "teams/payments.html"]

    @Test func mainPagesMatchTheirGoldens() throws {
        let site = try SampleSiteBrowserTests.buildSample()
        defer { try? FileManager.default.removeItem(atPath: site) }
        for page in Self.pages {
            let actual = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
            let file = Self.golden.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
            try Golden.check(actual, against: file, page)
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try SampleSiteBrowserTests.buildSample(suffix: "a")
        let second = try SampleSiteBrowserTests.buildSample(suffix: "b")
        defer { for site in [first, second] { try? FileManager.default.removeItem(atPath: site) } }
        let files = try Self.files(in: first)
        #expect(files == (try Self.files(in: second)))
        #expect(files.count > 50)
        for file in files {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }

    static func files(in folder: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [String] = []
        while let item = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isFolder), !isFolder.boolValue { found.append(item) }
        }
        return found.sorted()
    }
}
