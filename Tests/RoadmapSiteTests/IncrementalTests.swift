import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// Same input, same bytes; a rebuild rewrites only what changed.
@Suite struct IncrementalTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let a = temp.path + "/a", b = temp.path + "/b"
        _ = try SiteTestSupport.build(Fixtures.small(), diagnostics: Fixtures.smallDiagnostics(),
                                      options: SiteTestSupport.options(output: a))
        _ = try SiteTestSupport.build(Fixtures.small(), diagnostics: Fixtures.smallDiagnostics().reversed(),
                                      options: SiteTestSupport.options(output: b))
        let files = SiteTestSupport.files(in: a)
        #expect(files == SiteTestSupport.files(in: b))
        #expect(files.count == 48)
        for file in files {
            #expect(FileManager.default.contentsEqual(atPath: a + "/" + file, andPath: b + "/" + file), "\(file) differs")
        }
    }

    @Test func rebuildRewritesOnlyChangedFilesAndKeepsOtherTimes() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        let first = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        #expect(first.filesUnchanged == 0)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for file in SiteTestSupport.files(in: out) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: out + "/" + file)
        }
        let same = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        #expect(same.filesWritten == 0)
        #expect(same.filesUnchanged == first.filesWritten)

        var features = Fixtures.small().features
        let i = try #require(features.firstIndex { $0.id.rawValue == "dark-mode" })
        features[i].body.markdown = "A new paragraph."
        let edited = Roadmap(config: Fixtures.small().config, objectives: Fixtures.small().objectives, features: features)
        let report = try SiteTestSupport.build(edited, options: SiteTestSupport.options(output: out))
        #expect(report.filesWritten == 1)
        #expect(report.filesRemoved == 0)
        #expect(SiteTestSupport.read(out + "/prd/dark-mode.html").contains("<p>A new paragraph.</p>"))
        for file in SiteTestSupport.files(in: out) where file != ".roadmap-site" {
            let time = SiteTestSupport.modificationTime(out + "/" + file)
            if file == "prd/dark-mode.html" {
                #expect(time != old)
            } else {
                #expect(time == old, "\(file) was rewritten")
            }
        }
    }

    @Test func aTitleChangeRewritesEveryPageThatShowsIt() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        var features = Fixtures.small().features
        let i = try #require(features.firstIndex { $0.id.rawValue == "saved-cards" })
        features[i].title = "Remembered cards"
        let edited = Fixtures.link(objectives: Fixtures.small().objectives, features: features)
        _ = try SiteTestSupport.build(edited, options: SiteTestSupport.options(output: out))
        let full = temp.path + "/full"
        _ = try SiteTestSupport.build(edited, options: SiteTestSupport.options(output: full, incremental: false))
        let files = SiteTestSupport.files(in: out)
        #expect(files == SiteTestSupport.files(in: full))
        for file in files {
            #expect(FileManager.default.contentsEqual(atPath: out + "/" + file, andPath: full + "/" + file), "\(file) is stale")
        }
        #expect(SiteTestSupport.read(out + "/prd/one-page-checkout.html").contains("><bdi>Remembered cards</bdi></a>"))
    }

    @Test func removedItemsDisappearFromTheSite() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        let features = Fixtures.small().features.filter { $0.id.rawValue != "dark-mode" }
        let report = try SiteTestSupport.build(Fixtures.link(objectives: Fixtures.small().objectives, features: features),
                                               options: SiteTestSupport.options(output: out))
        #expect(!FileManager.default.fileExists(atPath: out + "/prd/dark-mode.html"))
        #expect(report.filesRemoved == 3, "its page, and pages of the no-team group it was alone in")
    }
}
