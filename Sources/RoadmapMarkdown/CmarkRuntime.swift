import CCmarkGFM
import Foundation

/// The one place that talks to cmark-gfm's process-wide state.
///
/// cmark-gfm keeps two kinds of globals: the extension registry (filled once by
/// `cmark_gfm_core_extensions_ensure_registered`, which is not itself thread-safe) and, in
/// 0.29.0.gfm.6, a `SPECIAL_CHARS` table that every parser with *inline* extensions
/// (strikethrough `~`, autolink `:` and `w`) adds to when it starts inline parsing and removes
/// from when it ends. Two such parsers running at once can remove each other's characters
/// mid-parse and silently miss a strikethrough or autolink. Block-only extensions (table,
/// tasklist) do not touch that table, so outline parses run fully in parallel while the
/// inline-extension step of HTML parses is serialised by a lock.
enum CmarkRuntime {
    /// Which extensions a parse attaches.
    enum Profile {
        /// Block structure only (table, tasklist): race-free and enough for headings and links.
        case outline
        /// Everything GitHub renders: table, strikethrough, autolink, tasklist.
        case html
    }

    /// Registered extension handles; immutable after registration, hence safe to share.
    private struct Extensions: @unchecked Sendable {
        let block: [OpaquePointer]
        let inline: [OpaquePointer]
    }

    /// `static let` initialisation is run exactly once, thread-safely, by the Swift runtime.
    private static let extensions: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        func find(_ names: [String]) -> [OpaquePointer] {
            names.compactMap { name in name.withCString { cmark_find_syntax_extension($0) } }
        }
        return Extensions(block: find(["table", "tasklist"]), inline: find(["strikethrough", "autolink"]))
    }()

    /// Guards the inline phase of parses that attach inline extensions (see type comment).
    private static let inlinePhaseLock = NSLock()

    /// CommonMark defaults (which include safe rendering) plus GFM footnotes.
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES

    /// Parses `markdown` with a private parser and hands the document root, the parser (for its
    /// extension list) and the UTF-8 bytes cmark saw to `body`; everything is freed afterwards.
    static func withDocument<Result>(
        _ markdown: String, profile: Profile,
        _ body: (_ root: OpaquePointer, _ parser: OpaquePointer, _ bytes: UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        let fast = markdown.utf8.withContiguousStorageIfAvailable { bytes in
            parse(bytes, profile: profile, body)
        }
        if let fast { return fast }
        // Bridged strings without contiguous UTF-8 storage: one copy is unavoidable.
        let copy = Array(markdown.utf8)
        return copy.withUnsafeBufferPointer { parse($0, profile: profile, body) }
    }

    private static func parse<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, profile: Profile,
        _ body: (OpaquePointer, OpaquePointer, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        let registered = extensions
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for ext in registered.block { cmark_parser_attach_syntax_extension(parser, ext) }
        if profile == .html {
            for ext in registered.inline { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parser_feed(parser, $0, bytes.count)
            }
        }
        let root: OpaquePointer?
        if profile == .html {
            // Inline parsing (and so the SPECIAL_CHARS juggling) happens inside finish.
            inlinePhaseLock.lock()
            root = cmark_parser_finish(parser)
            inlinePhaseLock.unlock()
        } else {
            root = cmark_parser_finish(parser)
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root, parser, bytes)
    }
}
