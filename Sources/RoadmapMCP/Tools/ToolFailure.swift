/// Why a tool call could not be answered: returned to the assistant as a tool result with
/// `isError`, in words it can act on (which argument, what was expected, what to do instead).
struct ToolFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
