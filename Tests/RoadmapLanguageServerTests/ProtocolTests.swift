import Foundation
import RoadmapCore
import RoadmapLanguageServer
import RoadmapLSPProtocol
import Testing

/// The base protocol's framing, JSON-RPC messages and positions.
@Suite struct ProtocolTests {
    /// A reader over `bytes`, handed out `chunk` bytes per read.
    private func reader(_ bytes: [UInt8], chunk: Int, maximumContent: Int = MessageReader.defaultMaximumContent) -> MessageReader {
        let source = Source(bytes)
        return MessageReader(maximumContent: maximumContent) { target in source.read(into: target, at: chunk) }
    }

    private final class Source: @unchecked Sendable {
        var bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func read(into target: UnsafeMutableRawBufferPointer, at most: Int) -> Int {
            let count = min(most, target.count, bytes.count - offset)
            for i in 0..<count { target[i] = bytes[offset + i] }
            offset += count
            return count
        }
    }

    private func frame(_ body: String, header: String? = nil) -> [UInt8] {
        Array((header ?? "Content-Length: \(body.utf8.count)\r\n\r\n").utf8) + Array(body.utf8)
    }

    @Test(arguments: [1, 7, 65536])
    func framesAreReadWhateverTheReadsSplit(chunk: Int) {
        let first = #"{"jsonrpc":"2.0","method":"a","params":{"text":"é😀"}}"#
        let second = #"{"jsonrpc":"2.0","id":1,"method":"b"}"#
        let bytes = frame(first) + frame(second, header: "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: \(second.utf8.count)\r\n\r\n")
        let reader = reader(bytes, chunk: chunk)
        #expect(reader.next() == .message(Array(first.utf8)))
        #expect(reader.next() == .message(Array(second.utf8)))
        #expect(reader.next() == .end)
    }

    @Test func theReaderTellsWhetherAWholeMessageIsWaiting() {
        let one = #"{"jsonrpc":"2.0","method":"a"}"#
        let reader = reader(frame(one) + frame(one) + Array("Content-Length: 40\r\n\r\n{".utf8), chunk: 1 << 20)
        #expect(reader.next() == .message(Array(one.utf8)))
        #expect(reader.hasWholeMessage)
        #expect(reader.next() == .message(Array(one.utf8)))
        #expect(!reader.hasWholeMessage)  // the third is cut short
    }

    @Test func damagedHeadersAreReportedAndReadingGoesOn() {
        let good = #"{"jsonrpc":"2.0","method":"a"}"#
        // An oversized message is one error: its body is passed over, not read as headers.
        let big = String(repeating: "x", count: 500) + "\r\n\r\n"
        let reader = reader(frame("", header: "Content-Type: x\r\n\r\n") + frame(big) + frame(good), chunk: 5, maximumContent: 100)
        guard case .malformed(let reason) = reader.next() else { Issue.record("a header without a length was read"); return }
        #expect(reason.contains("Content-Length"))
        guard case .malformed(let size) = reader.next() else { Issue.record("an oversized message was accepted"); return }
        #expect(size.contains("504 bytes, over the 100"))
        #expect(reader.next() == .message(Array(good.utf8)))
        #expect(reader.next() == .end)
    }

    @Test func aHeaderThatNeverEndsIsCutOff() {
        let reader = reader(Array(repeating: UInt8(ascii: "x"), count: MessageReader.maximumHeader + 100), chunk: 1000)
        guard case .malformed = reader.next() else { Issue.record("an endless header was buffered"); return }
        #expect(reader.next() == .end)
    }

    @Test func aTruncatedMessageIsTheEndOfTheStream() {
        #expect(reader(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8), chunk: 3).next() == .end)
    }

    @Test func theWriterFramesEachMessage() {
        let collected = Collected()
        let writer = MessageWriter { collected.append($0) }
        writer.send(.object([("jsonrpc", "2.0"), ("result", .string("é"))]))
        #expect(String(decoding: collected.bytes, as: UTF8.self) == "Content-Length: 31\r\n\r\n{\"jsonrpc\":\"2.0\",\"result\":\"é\"}")
    }

    private final class Collected: @unchecked Sendable {
        var bytes: [UInt8] = []
        func append(_ more: [UInt8]) { bytes += more }
    }

    @Test func positionsAndOffsetsAgreeInEveryEncoding() {
        let lines = LineIndex("a\r\néb😀c\rlast")  // line 1 is bytes 3..<11: é 3-4, b 5, 😀 6-9, c 10
        #expect(lines.lineCount == 3)
        #expect(lines.offset(of: Position(line: 1, character: 2), encoding: .utf16) == 6)   // before 😀
        #expect(lines.offset(of: Position(line: 1, character: 4), encoding: .utf16) == 10)  // after 😀
        #expect(lines.offset(of: Position(line: 1, character: 3), encoding: .utf16) == 6)   // inside 😀: its start
        #expect(lines.offset(of: Position(line: 1, character: 3), encoding: .utf32) == 10)
        #expect(lines.offset(of: Position(line: 1, character: 7), encoding: .utf8) == 10)
        #expect(lines.offset(of: Position(line: 1, character: 99), encoding: .utf16) == 11)  // the end of the line, not its break
        #expect(lines.offset(of: Position(line: 9, character: 0), encoding: .utf16) == lines.bytes.count)
        #expect(lines.position(of: 10, encoding: .utf16) == Position(line: 1, character: 4))
        #expect(lines.position(of: 10, encoding: .utf8) == Position(line: 1, character: 7))
        #expect(lines.position(of: 12, encoding: .utf16) == Position(line: 2, character: 0))
        // The compiler's 1-based scalar columns.
        #expect(lines.position(line: 2, scalarColumn: 4, encoding: .utf16) == Position(line: 1, character: 4))
    }

    /// Every byte offset, even inside a character or in bytes that are not UTF-8, has a position
    /// that leads back to the start of its character, in every encoding.
    @Test(arguments: ["lsp-position-inside-a-character"])
    func positionsAndOffsetsAgreeOnFuzzFindings(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("FuzzInputs/" + name)))
        Self.checkRoundTrips(LineIndex(bytes: bytes))
        Self.checkRoundTrips(LineIndex(bytes: Array("aé😀\u{FFFD}b\n".utf8) + [0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x98, 0x0A, 0xED, 0xA0, 0x80, 0x41]))
    }

    static func checkRoundTrips(_ lines: LineIndex) {
        for encoding in PositionEncoding.allCases {
            for at in 0...lines.bytes.count {
                let position = lines.position(of: at, encoding: encoding)
                let back = lines.offset(of: position, encoding: encoding)
                #expect(back <= at && lines.position(of: back, encoding: encoding) == position, "\(at) -> \(position) -> \(back) in \(encoding)")
            }
        }
    }

    @Test func theCompilersColumnsOnTheFirstLineStartAfterAByteOrderMark() {
        let lines = LineIndex(bytes: [0xEF, 0xBB, 0xBF] + Array("---\nid: x\n".utf8))
        #expect(lines.offset(line: 1, scalarColumn: 1) == 3)
        #expect(lines.offset(line: 2, scalarColumn: 5) == 11)
    }

    @Test func bytesThatAreNotUTF8CountAsOneCharacterEach() {
        // `é` whole, then 0xC3 0x28 (a lead byte without its continuation, then `(`).
        let lines = LineIndex(bytes: [0xC3, 0xA9, 0xC3, 0x28, 0x41])
        #expect(lines.position(of: 5, encoding: .utf16) == Position(line: 0, character: 4))
        #expect(lines.position(of: 1, encoding: .utf16) == Position(line: 0, character: 0))  // inside `é`
        #expect(lines.offset(of: Position(line: 0, character: 2), encoding: .utf16) == 3)
        #expect(lines.offset(of: Position(line: 0, character: 4), encoding: .utf8) == 4)
    }

    @Test func messagesThatAreNotJSONRPCAreTold() {
        func failure(_ text: String) -> IncomingMessage.DecodingFailure? {
            if case .failure(let failure) = IncomingMessage.decode(Array(text.utf8)) { return failure }
            return nil
        }
        #expect(failure("{oops")?.error.code == -32700)
        #expect(failure("[1, 2]")?.error.code == -32600)
        #expect(failure(#"{"id": 3, "method": "x"}"#)?.error.code == -32600)
        #expect(failure(#"{"jsonrpc": "2.0", "id": 3, "method": "x"}"#) == nil)
        #expect(failure(#"{"jsonrpc": "2.0", "id": 3}"#)?.id == .number(3))
        #expect(failure(#"{"jsonrpc": "2.0", "id": [1], "method": "x"}"#)?.error.code == -32600)
        #expect(failure(#"{"jsonrpc": "2.0", "method": 7}"#)?.error.code == -32600)
        // Nesting that would take the decoder's recursion past a thread's stack: refused first.
        for depth in [65, 400, 100_000] {
            let deep = #"{"jsonrpc": "2.0", "id": 1, "method": "x", "params": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            #expect(failure(deep)?.error.message.contains("nested deeper than 64") == true, "\(depth)")
        }
        // Brackets inside strings are text, not nesting.
        #expect(failure(#"{"jsonrpc": "2.0", "id": 1, "method": "x", "params": {"text": "# + "\"" + String(repeating: "[", count: 500) + "\\\"\"}}") == nil)
    }
}

/// The hand-written file URIs agree with Foundation's.
@Suite struct FileURITests {
    @Test(arguments: ["/tmp/roadmap/prds/a.md", "/home/ada/My Roadmap/prds/über-schnell.md", "/r/prds/100%/a#b?c.md",
                      "/r/prds/[x]{y}|z^`\"<>\\.md", "/r/prds/!$&'()*+,;=:@~.md", "/r/prds/日本語/😀.md", "/r/ tab\there"])
    func fileURIsAreSpelledAsFoundationSpellsThem(path: String) {
        #expect(FileURI.of(absolutePath: path) == URL(fileURLWithPath: path).absoluteString)
    }
}
