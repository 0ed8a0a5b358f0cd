import CGit2

/// The few process-wide facts about libgit2 that every wrapper needs.
enum LibGit2 {
    /// libgit2 must be initialised once before any call; a global `let` is initialised lazily and
    /// exactly once by the runtime, even under concurrent first use. It is never shut down: the
    /// library's globals live as long as the process.
    private static let initialized: Int32 = git_libgit2_init()

    /// Call before the first libgit2 call of any public entry point.
    static func ensureInitialized() {
        _ = initialized
    }

    /// libgit2's message for the last failure on this thread, with our context in front.
    static func error(_ context: String, code: Int32 = -1) -> SourceError {
        if let last = git_error_last(), let message = last.pointee.message {
            let text = String(cString: message)
            if !text.isEmpty { return SourceError("\(context): \(text)") }
        }
        return SourceError("\(context) (libgit2 error \(code))")
    }

    /// Throws libgit2's message when `code` is negative.
    static func check(_ code: Int32, _ context: @autoclosure () -> String) throws(SourceError) {
        if code < 0 { throw error(context(), code: code) }
    }
}
