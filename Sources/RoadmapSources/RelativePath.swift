#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Root-relative paths as callers write them, made canonical: `/`-separated, no leading `./`,
/// no empty or `.` components, never `..` (a source must not read outside its root).
enum RelativePath {
    /// The components of `path`, or nil when it tries to leave the root (`..`) or is absolute.
    static func components(_ path: String) -> [Substring]? {
        if path.hasPrefix("/") { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if parts.contains("..") { return nil }
        return parts
    }

    /// The canonical form of `path` ("" for the root), or nil as for `components`.
    static func normalized(_ path: String) -> String? {
        components(path)?.joined(separator: "/")
    }

    /// `child` under `parent`, either of which may be "".
    static func join(_ parent: String, _ child: String) -> String {
        if parent.isEmpty { return child }
        if child.isEmpty { return parent }
        return parent + "/" + child
    }

    /// The absolute `base` followed by the relative `path`.
    static func joinAbsolute(_ base: String, _ path: String) -> String {
        base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Sorts by the bytes of the UTF-8 form, the order every source promises.
    static func sortByPath(_ entries: inout [SourceEntry]) {
        entries.sort { precedes($0.path, $1.path) }
    }

    /// Byte order of the UTF-8 forms. `String.<` is not it for text that is not in NFC, and the
    /// generic `utf8.lexicographicallyPrecedes` is far slower, so compare the bytes directly.
    static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                let common = min(a.count, b.count)
                if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                    let order = memcmp(pa, pb, common)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
    }
}
