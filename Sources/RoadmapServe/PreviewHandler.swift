import FlyingFox
import Foundation
import RoadmapDriver
import RoadmapSite

/// Answers every request from the preview's in-memory site: only GET and HEAD, only paths inside
/// the site, with content types, entity tags and 304s; HTML pages get the live script.
struct PreviewHandler: HTTPHandler {
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

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            let headers: HTTPHeaders = [.init("Allow"): "GET, HEAD", .contentType: "text/plain; charset=utf-8"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers, body: Data("only GET and HEAD are served\n".utf8))
        }
        if !anyHost, let host = request.headers[.host], !Self.isLoopbackHost(host) {
            return plain(.forbidden, "this preview answers only requests for 127.0.0.1, localhost or [::1], not \(host.prefix(100))\n")
        }
        let target = request.target.path(percentEncoded: true)
        switch target {
        case LiveClient.scriptPath: return file(Array(LiveClient.script.utf8), path: "live.js", request: request, head: head)
        case LiveClient.stylePath: return file(Array(LiveClient.style.utf8), path: "live.css", request: request, head: head)
        case LiveClient.eventsPath: return events(request)
        default: break
        }
        guard case .site(let path) = RequestPath.resolve(target) else {
            return plain(.badRequest, "bad path: \(target)\n")
        }
        guard let site = preview.currentSite else {
            var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
            headers[.init("Retry-After")] = "1"
            return HTTPResponse(statusCode: .serviceUnavailable, headers: headers, body: Data("the site is being rendered; try again in a moment\n".utf8))
        }
        if let found = site[path] { return page(found, path: path, request: request, head: head) }
        if site[path + "/index.html"] != nil {
            // A folder without its slash: relative links inside need the slash to resolve.
            let headers: HTTPHeaders = [.location: target + "/"]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        }
        if let html = site[path + ".html"] { return page(html, path: path + ".html", request: request, head: head) }
        return notFound(path: path, head: head)
    }

    private func page(_ file: SiteFile, path: String, request: HTTPRequest, head: Bool) -> HTTPResponse {
        let tag = file.entityTag
        var headers = common(path: path, tag: tag)
        if path.hasSuffix(".html") { headers[.init("Content-Security-Policy")] = Self.contentSecurityPolicy }
        if matches(request, tag) { return HTTPResponse(statusCode: .notModified, headers: headers) }
        let bytes = path.hasSuffix(".html") ? LiveClient.inject(into: file.bytes, tag: tag) : file.bytes
        return body(bytes, headers: headers, head: head)
    }

    private func file(_ bytes: [UInt8], path: String, request: HTTPRequest, head: Bool) -> HTTPResponse {
        let tag = "\"" + String(bytes.count) + "-" + String(UInt64(truncatingIfNeeded: bytes.hashValueStable), radix: 16) + "\""
        let headers = common(path: path, tag: tag)
        if matches(request, tag) { return HTTPResponse(statusCode: .notModified, headers: headers) }
        return body(bytes, headers: headers, head: head)
    }

    private func events(_ request: HTTPRequest) -> HTTPResponse {
        let page = request.query.first { $0.name == "page" }?.value ?? "/"
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
        let headers: HTTPHeaders = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        return HTTPResponse(
            statusCode: .ok, headers: headers,
            body: HTTPBodySequence(from: EventStreamBytes(events: stream)))
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

    private func notFound(path: String, head: Bool) -> HTTPResponse {
        let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>The site has no <code>/\(escaped)</code>. <a href=\"/\">Go to the roadmap</a>.</p></body></html>\n"
        // The missing page listens too: when a new PRD creates it, it appears.
        let bytes = LiveClient.inject(into: Array(html.utf8), tag: "")
        var headers: HTTPHeaders = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"]
        headers[.init("Content-Security-Policy")] = Self.contentSecurityPolicy
        var response = body(bytes, headers: headers, head: head)
        response.statusCode = .notFound
        return response
    }

    private func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }

    private func common(path: String, tag: String) -> HTTPHeaders {
        [.contentType: ContentType.of(path), .eTag: tag, .cacheControl: "no-cache",
         .init("X-Content-Type-Options"): "nosniff"]
    }

    private func matches(_ request: HTTPRequest, _ tag: String) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        return header.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }
    }

    private func body(_ bytes: [UInt8], headers: HTTPHeaders, head: Bool) -> HTTPResponse {
        var headers = headers
        headers[.contentLength] = String(bytes.count)
        return HTTPResponse(statusCode: .ok, headers: headers, body: head ? Data() : Data(bytes))
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
