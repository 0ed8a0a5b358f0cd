import Foundation
import RoadmapCore

/// A file's bytes turned into text the parser can trust: valid UTF-8, not binary, not empty,
/// BOM removed, CRLF and lone CR turned into LF (lines and columns are unchanged by that).
struct DecodedText {
    let text: String

    /// Decodes `bytes`, or returns the one diagnostic that says why the file cannot be read as text.
    static func decode(_ bytes: [UInt8], path: String) -> Result<DecodedText, Diagnostic> {
        if bytes.isEmpty || !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            return .failure(Diagnostic(
                .emptyFile, "\(path) is empty", at: SourceLocation(path: path, line: 1),
                help: "add front matter with at least an id and a title, or delete the file"))
        }
        if let nul = bytes.withUnsafeBufferPointer({ buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }) {
            let place = position(ofByte: nul, in: bytes)
            return .failure(Diagnostic(
                .binaryFile, "\(path) is a binary file, not Markdown (it contains a NUL byte)",
                at: SourceLocation(path: path, line: place.line, column: place.column),
                help: "keep only Markdown files in the roadmap's folders; move this file elsewhere"))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8Byte(in: bytes)
            let place = position(ofByte: bad, in: bytes)
            return .failure(Diagnostic(
                .invalidUTF8, "\(path) is not valid UTF-8 (byte 0x\(hex(bytes[bad])) at offset \(bad))",
                at: SourceLocation(path: path, line: place.line, column: place.column),
                help: "save the file as UTF-8; most editors offer it under 'Save with encoding'"))
        }
        let hasCR = body.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 13, buffer.count) != nil } ?? false }
        guard hasCR else { return .success(DecodedText(text: text)) }
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return .success(DecodedText(text: unified))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// Line and column (in Unicode scalars of the valid prefix) of a byte offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Count scalars as lead bytes (continuation bytes are 10xxxxxx).
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    private static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let width: Int
            switch b {
            case 0x00...0x7F: width = 1
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return i
            }
            guard i + width <= bytes.count else { return i }
            for j in 1..<width where bytes[i + j] & 0xC0 != 0x80 { return i }
            // Overlongs and surrogates: validate the whole sequence the standard library's way.
            if width > 1, String(validating: bytes[i..<(i + width)], as: UTF8.self) == nil { return i }
            i += width
        }
        return max(0, bytes.count - 1)
    }
}
