import Foundation
import NIOHTTP1
import RoadmapDriver
import RoadmapSite

/// What the server sends for one request: a whole body, or a stream of events that lasts until
/// the server stops or the page goes away.
struct PreviewResponse: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        case events(AsyncStream<[UInt8]>)
    }

    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: Body = .bytes([])
}

/// Answers every request from the preview's in-memory site: only GET and HEAD, only paths inside
/// the site, with content types, entity tags and 304s; HTML pages get the live script.
struct PreviewHandler: Sendable {
    let preview: LivePreview
    let hub: EventHub
    /// The latest problems document, for pages that connect after it was published.
    let problems: @Sendable () -> String
    /// Whether any `Host` is answered (listening beyond loopback, as asked); else only loopback
    /// names are, so a web page that rebinds its own domain name to 127.0.0.1 (DNS rebinding)
    /// cannot read the roadmap through the visitor's browser.
    let anyHost: Bool

    /// Pages may run only their own scripts: the live script is a file of the server, so it
    /// passes where an inline one would not.
    static let contentSecurityPolicy = "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

    func respond(to request: HTTPRequestHead) -> PreviewResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            var response = plain(.methodNotAllowed, "only GET and HEAD are served\n")
            response.headers.add(name: "Allow", value: "GET, HEAD")
            return response
        }
        if !anyHost, let host = request.headers.first(name: "Host"), !Self.isLoopbackHost(host) {
            return plain(.forbidden, "this preview answers only requests for 127.0.0.1, localhost or [::1], not \(host.prefix(100))\n")
        }
        let (target, query) = Self.split(request.uri)
        switch target {
        case LiveClient.scriptPath: return file(Array(LiveClient.script.utf8), path: "live.js", request: request, head: head)
        case LiveClient.stylePath: return file(Array(LiveClient.style.utf8), path: "live.css", request: request, head: head)
        case LiveClient.eventsPath: return events(query: query)
        default: break
        }
        guard case .site(let path) = RequestPath.resolve(target) else {
            return plain(.badRequest, "bad path: \(target)\n")
        }
        guard let site = preview.currentSite else {
            var response = plain(.serviceUnavailable, "the site is being rendered; try again in a moment\n")
            response.headers.add(name: "Retry-After", value: "1")
            return response
        }
        if let found = site[path] { return page(found, path: path, request: request, head: head) }
        if site[path + "/index.html"] != nil {
            // A folder without its slash: relative links inside need the slash to resolve.
            return PreviewResponse(status: .movedPermanently, headers: ["Location": target + "/", "Content-Length": "0"])
        }
        if let html = site[path + ".html"] { return page(html, path: path + ".html", request: request, head: head) }
        return notFound(path: path, head: head)
    }

    /// The path of a request's target (still percent-encoded) and its query; an absolute target
    /// (`http://host/path`, which HTTP/1.1 servers must accept) is reduced to its path.
    static func split(_ uri: String) -> (path: String, query: Substring) {
        var target = Substring(uri)
        if let hash = target.firstIndex(of: "#") { target = target[..<hash] }
        var query: Substring = ""
        if let mark = target.firstIndex(of: "?") {
            query = target[target.index(after: mark)...]
            target = target[..<mark]
        }
        for scheme in ["http://", "https://"] where target.lowercased().hasPrefix(scheme) {
            let rest = target.dropFirst(scheme.count)
            target = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        return (String(target), query)
    }

    /// The value of `name` in a query, percent-decoded (`+` is a space, as forms send it).
    static func queryValue(_ name: String, in query: Substring) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first == Substring(name) else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return RequestPath.percentDecoded(raw.replacingOccurrences(of: "+", with: " "))
        }
        return nil
    }

    private func page(_ file: SiteFile, path: String, request: HTTPRequestHead, head: Bool) -> PreviewResponse {
        let tag = file.entityTag
        var headers = common(path: path, tag: tag)
        if path.hasSuffix(".html") { headers.add(name: "Content-Security-Policy", value: Self.contentSecurityPolicy) }
        if matches(request, tag) { return PreviewResponse(status: .notModified, headers: headers) }
        let bytes = path.hasSuffix(".html") ? LiveClient.inject(into: file.bytes, tag: tag) : file.bytes
        return body(bytes, headers: headers, head: head)
    }

    private func file(_ bytes: [UInt8], path: String, request: HTTPRequestHead, head: Bool) -> PreviewResponse {
        let tag = "\"" + String(bytes.count) + "-" + String(UInt64(truncatingIfNeeded: bytes.hashValueStable), radix: 16) + "\""
        let headers = common(path: path, tag: tag)
        if matches(request, tag) { return PreviewResponse(status: .notModified, headers: headers) }
        return body(bytes, headers: headers, head: head)
    }

    private func events(query: Substring) -> PreviewResponse {
        let page = Self.queryValue("page", in: query) ?? "/"
        var sitePath = "index.html"
        if case .site(let path) = RequestPath.resolve(page.hasPrefix("/") ? page : "/" + page) {
            let site = preview.currentSite
            sitePath = site?[path] == nil && site?[path + ".html"] != nil ? path + ".html" : path
        }
        let tag = preview.currentSite?[sitePath].map { $0.entityTag } ?? ""
        let hello = "{\"pageTag\":\"\(tag.replacingOccurrences(of: "\"", with: ""))\",\"problems\":\(problems())}"
        guard let stream = hub.listen(page: sitePath, first: Array("retry: 1000\n\n".utf8) + serverSentEvent("hello", data: hello)) else {
            return plain(.serviceUnavailable, "too many open pages\n")
        }
        let headers: HTTPHeaders = ["Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache"]
        return PreviewResponse(status: .ok, headers: headers, body: .events(stream))
    }

    /// `host` of a Host header (with or without its port) names this machine's loopback.
    static func isLoopbackHost(_ header: String) -> Bool {
        var name = Substring(header.lowercased())
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            name = name[name.index(after: name.startIndex)..<end]
            return name == "::1"
        }
        if let colon = name.lastIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            name = name[..<colon]
        }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    private func notFound(path: String, head: Bool) -> PreviewResponse {
        let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>The site has no <code>/\(escaped)</code>. <a href=\"/\">Go to the roadmap</a>.</p></body></html>\n"
        // The missing page listens too: when a new PRD creates it, it appears.
        let bytes = LiveClient.inject(into: Array(html.utf8), tag: "")
        let headers: HTTPHeaders = [
            "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache", "Content-Security-Policy": Self.contentSecurityPolicy,
        ]
        var response = body(bytes, headers: headers, head: head)
        response.status = .notFound
        return response
    }

    private func plain(_ status: HTTPResponseStatus, _ text: String) -> PreviewResponse {
        let bytes = Array(text.utf8)
        return PreviewResponse(
            status: status, headers: ["Content-Type": "text/plain; charset=utf-8", "Content-Length": String(bytes.count)], body: .bytes(bytes))
    }

    private func common(path: String, tag: String) -> HTTPHeaders {
        ["Content-Type": ContentType.of(path), "ETag": tag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"]
    }

    private func matches(_ request: HTTPRequestHead, _ tag: String) -> Bool {
        request.headers["If-None-Match"].contains { header in
            header.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }
        }
    }

    /// HEAD gets the headers GET would, Content-Length included, and no body.
    private func body(_ bytes: [UInt8], headers: HTTPHeaders, head: Bool) -> PreviewResponse {
        var headers = headers
        headers.replaceOrAdd(name: "Content-Length", value: String(bytes.count))
        return PreviewResponse(status: .ok, headers: headers, body: .bytes(head ? [] : bytes))
    }
}

private extension Array where Element == UInt8 {
    /// FNV-1a: the server's own two files need a tag that is the same in every run.
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in self { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}
