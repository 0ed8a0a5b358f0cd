/// A small JSON writer: the history of a large repository is tens of thousands of objects, and
/// building them as text directly is many times faster than going through `JSONEncoder`.
struct JSONText {
    private(set) var text = ""
    private var needsComma = [false]

    init() { text.reserveCapacity(1 << 16) }

    mutating func open(_ bracket: Character, key: String? = nil) {
        separator(key)
        text.append(bracket)
        needsComma.append(false)
    }

    mutating func close(_ bracket: Character) {
        needsComma.removeLast()
        text.append(bracket)
    }

    mutating func string(_ value: String?, key: String? = nil) {
        separator(key)
        guard let value else { text += "null"; return }
        Self.quote(value, into: &text)
    }

    mutating func number(_ value: Double?, key: String? = nil) {
        separator(key)
        guard let value, value.isFinite else { text += "null"; return }
        text += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    mutating func int(_ value: Int, key: String? = nil) {
        separator(key)
        text += String(value)
    }

    mutating func bool(_ value: Bool, key: String? = nil) {
        separator(key)
        text += value ? "true" : "false"
    }

    mutating func null(key: String? = nil) {
        separator(key)
        text += "null"
    }

    private mutating func separator(_ key: String?) {
        if needsComma[needsComma.count - 1] { text.append(",") }
        needsComma[needsComma.count - 1] = true
        if let key {
            // Keys are this file's own ASCII names: nothing to escape.
            text.append("\"")
            text += key
            text += "\":"
        }
    }

    static func quote(_ value: String, into text: inout String) {
        text.append("\"")
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain {
            text += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text.append("\"")
    }
}
