@testable import RoadmapServe
import Testing

struct RequestPathTests {
    @Test(arguments: [
        ("/", "index.html"), ("/prd/a.html", "prd/a.html"), ("/backlog/", "backlog/index.html"),
        ("//prd//a.html", "prd/a.html"), ("/prd/caf%C3%A9.html", "prd/café.html"), ("/a%20b", "a b"),
    ])
    func pathsInsideTheSite(target: String, path: String) {
        #expect(RequestPath.resolve(target) == .site(path))
    }

    @Test(arguments: ["", "prd/a.html", "/..", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2E/x", "/.%2e/x", "/a/%2e%2e%2f%2e%2e%2fx",
                      "/a\\b", "/%5c..%5cx", "/a%00", "/%", "/%4", "/%zz", "/%ff", "/./a", "/a/."])
    func pathsThatCouldEscapeOrAreMalformed(target: String) {
        #expect(RequestPath.resolve(target) == .rejected, "\(target.debugDescription)")
    }

    @Test(arguments: [
        ("/prd/a.html", "/prd/a.html", ""), ("/__roadmap/events?page=%2Fprd%2Fa.html", "/__roadmap/events", "page=%2Fprd%2Fa.html"),
        ("/a?x=1#top", "/a", "x=1"), ("/a#b?c", "/a", ""), ("http://127.0.0.1:4000/prd/a.html?x", "/prd/a.html", "x"),
        ("HTTP://localhost", "/", ""),
    ])
    func requestTargetsSplitIntoPathAndQuery(uri: String, path: String, query: String) {
        let split = PreviewHandler.split(uri)
        #expect(split.path == path && split.query == Substring(query))
    }

    @Test func queryValuesAreDecoded() {
        #expect(PreviewHandler.queryValue("page", in: "page=%2Fprd%2Fcaf%C3%A9.html") == "/prd/café.html")
        #expect(PreviewHandler.queryValue("page", in: "x=1&page=a+b&page=c") == "a b")
        #expect(PreviewHandler.queryValue("page", in: "pages=1") == nil)
        #expect(PreviewHandler.queryValue("page", in: "page") == "")
        #expect(PreviewHandler.queryValue("page", in: "page=%zz") == nil)
    }

    @Test func contentTypesByExtension() {
        #expect(ContentType.of("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/site.CSS") == "text/css; charset=utf-8")
        #expect(ContentType.of("feed.xml") == "application/xml")
        #expect(ContentType.of("roadmap.json") == "application/json")
        #expect(ContentType.of("roadmap.ics") == "text/calendar; charset=utf-8")
        #expect(ContentType.of("graph.svg") == "image/svg+xml")
        #expect(ContentType.of(".roadmap-site") == "application/octet-stream")
        #expect(ContentType.of("LICENSE") == "application/octet-stream")
    }

    @Test func theScriptGoesBeforeTheHeadEndsOrAtTheEnd() {
        let page = Array("<html><head><title>x</title></head><body>y</body></html>".utf8)
        let injected = String(decoding: LiveClient.inject(into: page, tag: "\"12-ab\""), as: UTF8.self)
        #expect(injected == "<html><head><title>x</title><script src=\"/__roadmap/live.js\" data-page-tag=\"12-ab\" defer></script></head><body>y</body></html>")
        let bare = String(decoding: LiveClient.inject(into: Array("<p>no head</p>".utf8), tag: ""), as: UTF8.self)
        #expect(bare == "<p>no head</p><script src=\"/__roadmap/live.js\" data-page-tag=\"\" defer></script>")
    }
}

struct HostHeaderTests {
    @Test(arguments: ["127.0.0.1", "127.0.0.1:4000", "localhost", "LOCALHOST:4000", "app.localhost:80", "[::1]", "[::1]:4000", "127.1.2.3:9"])
    func loopbackNamesAreAnswered(host: String) {
        #expect(PreviewHandler.isLoopbackHost(host))
    }

    @Test(arguments: ["evil.example", "evil.example:4000", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]:4000",
                      "192.168.1.2", "127.0.0.1:abc", "[::1", "", "127.0.0.256"])
    func otherNamesAreRefused(host: String) {
        #expect(!PreviewHandler.isLoopbackHost(host))
    }
}
