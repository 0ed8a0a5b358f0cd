/// One event in the `text/event-stream` format: `data` may not contain line breaks (JSON
/// written without them never does).
func serverSentEvent(_ name: String, data: String) -> [UInt8] {
    Array("event: \(name)\ndata: \(data)\n\n".utf8)
}
