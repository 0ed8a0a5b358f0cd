import Foundation
import RoadmapCore
import RoadmapDriver
@testable import RoadmapServe
import RoadmapSources
import Testing

/// The server's parts that need no listening socket; over HTTP it is tested through the real
/// binary (`ServeHTTPTests` in roadmapTests), in a process of its own.
struct PreviewServerTests {
    @Test func hostsThatAreNotAddressesAreRefused() throws {
        let preview = LivePreview(session: try PreviewServerTests.session(), request: SiteRequest(history: false))
        do throws(PreviewServer.Failure) {
            _ = try PreviewServer(preview: preview, host: "example.com", port: 0)
            Issue.record("example.com was accepted as an address")
        } catch {
            #expect(error == .badHost("example.com"))
        }
        #expect(PreviewServer.isLoopback("127.0.0.1") && PreviewServer.isLoopback("::1") && PreviewServer.isLoopback("localhost"))
        #expect(!PreviewServer.isLoopback("0.0.0.0") && !PreviewServer.isLoopback("192.168.1.4"))
    }

    @Test func theEventHubIsBounded() {
        let hub = EventHub(limit: 2)
        let first = hub.listen(page: "index.html", first: [])
        let second = hub.listen(page: "index.html", first: [])
        #expect(first != nil && second != nil)
        #expect(hub.listen(page: "index.html", first: []) == nil)
        #expect(hub.count == 2)
        hub.closeAll()
    }

    static func session() throws -> RoadmapSession {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-serve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("title: x\n".utf8).write(to: URL(fileURLWithPath: root + "/roadmap.yml"))
        return try RoadmapSession(location: try RoadmapLocation.resolve(root), today: CalendarDate(iso: "2026-08-01")!,
                                  environment: [:], caching: .memory)
    }
}
