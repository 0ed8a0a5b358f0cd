/// Finds `{{> name}}` and `{{< name}}` tags in a template's text, with their line and column,
/// so a misspelt partial is an error at its place instead of silently rendering nothing.
enum PartialReferences {
    struct Reference: Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    static func scan(_ text: String) -> [Reference] {
        var references: [Reference] = []
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{"),
                      bytes[i + 2] == UInt8(ascii: ">") || bytes[i + 2] == UInt8(ascii: "<") {
                var j = i + 3
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                let start = j
                while j < bytes.count, bytes[j] != UInt8(ascii: "}"), bytes[j] != 0x20, bytes[j] != 0x0A { j += 1 }
                let name = String(decoding: bytes[start..<j], as: UTF8.self)
                if !name.isEmpty, !name.hasPrefix("*") {
                    let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                    references.append(Reference(name: name, line: line, column: column))
                }
                i = j
                continue
            }
            i += 1
        }
        return references
    }
}
