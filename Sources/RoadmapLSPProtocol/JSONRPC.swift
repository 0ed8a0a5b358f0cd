import RoadmapCore

/// A request's id: JSON-RPC allows a number or a string, and the answer must carry the same one.
public enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init?(_ value: JSONValue) {
        if let number = value.intValue { self = .number(number) } else if let text = value.stringValue { self = .string(text) } else { return nil }
    }

    public var json: JSONValue {
        switch self {
        case .number(let value): .integer(value)
        case .string(let value): .string(value)
        }
    }

    public var description: String {
        switch self {
        case .number(let value): String(value)
        case .string(let value): "\"\(value)\""
        }
    }
}

/// An error answer, with the codes of JSON-RPC 2.0 and LSP 3.17.
public struct ResponseError: Error, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> Self { Self(-32700, message) }
    public static func invalidRequest(_ message: String) -> Self { Self(-32600, message) }
    public static func methodNotFound(_ method: String) -> Self { Self(-32601, "unknown method `\(method)`") }
    public static func invalidParams(_ message: String) -> Self { Self(-32602, message) }
    public static func internalError(_ message: String) -> Self { Self(-32603, message) }
    public static let serverNotInitialized = Self(-32002, "the server was not initialized: send `initialize` first")
    public static let requestCancelled = Self(-32800, "the request was cancelled")
    public static let invalidAfterShutdown = Self(-32600, "the server is shutting down: only `exit` is accepted")
}

/// One message from the client.
public enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, params: JSONValue)
    case notification(method: String, params: JSONValue)
    /// An answer to a request the server sent.
    case response(id: RequestID?)

    /// The message in `bytes`, or the error to answer it with (and the id to answer, if it
    /// could be read).
    public static func decode(_ bytes: [UInt8]) -> Result<IncomingMessage, DecodingFailure> {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch let deep as JSONValue.TooDeep {
            return .failure(DecodingFailure(id: nil, error: .parseError("the message is \(deep)")))
        } catch {
            return .failure(DecodingFailure(id: nil, error: .parseError("the message is not well-formed JSON")))
        }
        guard case .object = value else {
            return .failure(DecodingFailure(id: nil, error: .invalidRequest("a message must be a JSON object (batches are not used by LSP)")))
        }
        let id = value["id"].flatMap(RequestID.init)
        guard value["jsonrpc"]?.stringValue == "2.0" else {
            return .failure(DecodingFailure(id: id, error: .invalidRequest("the message has no `\"jsonrpc\": \"2.0\"`")))
        }
        guard let method = value["method"] else {
            if value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(DecodingFailure(id: id, error: .invalidRequest("the message has neither a `method` nor a `result`")))
        }
        guard let name = method.stringValue else {
            return .failure(DecodingFailure(id: id, error: .invalidRequest("`method` must be a string")))
        }
        let params = value["params"] ?? .null
        if let given = value["id"] {
            guard let id else { return .failure(DecodingFailure(id: nil, error: .invalidRequest("`id` must be a number or a string, not \(given.compactText)"))) }
            return .success(.request(id: id, method: name, params: params))
        }
        return .success(.notification(method: name, params: params))
    }

    public struct DecodingFailure: Error, Sendable {
        public var id: RequestID?
        public var error: ResponseError

        public init(id: RequestID?, error: ResponseError) {
            self.id = id
            self.error = error
        }
    }
}

/// Messages from the server.
public enum OutgoingMessage {
    public static func response(_ id: RequestID, result: JSONValue) -> JSONValue {
        .object([("jsonrpc", "2.0"), ("id", id.json), ("result", result)])
    }

    public static func error(_ id: RequestID?, _ error: ResponseError) -> JSONValue {
        .object([("jsonrpc", "2.0"), ("id", id?.json ?? .null),
                 ("error", .object([("code", .integer(error.code)), ("message", .string(error.message))]))])
    }

    public static func notification(_ method: String, params: JSONValue) -> JSONValue {
        .object([("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)])
    }
}

extension JSONValue {
    var compactText: String { String(decoding: compactBytes, as: UTF8.self) }
}
