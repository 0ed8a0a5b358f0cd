import Foundation
import RoadmapCore
import Testing

/// The one JSON writer: its layout, and that what it writes reads back (through Foundation's
/// parser) as the values it was given.
struct JSONWriterTests {
    @Test func indentedLayoutKeepsKeyOrderAndWritesEmptyContainersShort() {
        let value: JSONValue = .object([
            "schemaVersion": 2, "name": "a", "none": nil, "list": [1, 2], "empty": [], "nested": .object([]),
        ])
        #expect(value.rendered() == """
            {
              "schemaVersion": 2,
              "name": "a",
              "none": null,
              "list": [
                1,
                2
              ],
              "empty": [],
              "nested": {}
            }

            """)
        #expect(String(decoding: value.compactBytes, as: UTF8.self)
            == #"{"schemaVersion":2,"name":"a","none":null,"list":[1,2],"empty":[],"nested":{}}"#)
    }

    @Test func numbersAreWholeWithoutFractionAndNonFiniteAreNull() {
        let numbers: [Double] = [0, -0.0, 3780, 0.1, 2.0 / 3.0, 1e-7, 1e300, -42.5, 9_007_199_254_740_993]
        for number in numbers {
            let text = String(decoding: JSONValue.number(number).compactBytes, as: UTF8.self)
            let back = try? JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [NSNumber]
            #expect(back?.first?.doubleValue == number, "\(number) was written as \(text)")
        }
        #expect(String(decoding: JSONValue.number(3780).compactBytes, as: UTF8.self) == "3780")
        for number in [Double.nan, .infinity, -.infinity] {
            #expect(String(decoding: JSONValue.number(number).compactBytes, as: UTF8.self) == "null")
        }
    }

    @Test func everyStringReadsBack() throws {
        let strings = ["", "plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}",
                       "naïve 日本語 🚀", "</script>", "\u{2028}\u{2029}"]
        var writer = JSONWriter(.indented)
        writer.beginArray()
        for text in strings { writer.string(text) }
        writer.endArray()
        let back = try JSONSerialization.jsonObject(with: Data(writer.text.utf8)) as? [String]
        #expect(back == strings)
        #expect(writer.text.contains(#""\u0000\u0001\u001f"#), "control characters are escaped as \\u00XX")
    }

    @Test func nestedDocumentsReadBackWithTheirStructure() throws {
        var writer = JSONWriter(.indented)
        writer.beginObject()
        writer.integer(2, key: "schemaVersion")
        writer.beginArray("items")
        for i in 0..<3 {
            writer.beginObject()
            writer.string("item \(i)", key: "id")
            writer.strings(["a", "b"].prefix(i), key: "tags")
            writer.number(nil, key: "score")
            writer.bool(i == 1, key: "flag")
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        let text = writer.text
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["schemaVersion"] as? Int == 2)
        let items = try #require(parsed["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["item 0", "item 1", "item 2"])
        #expect(items.map { ($0["tags"] as? [String])?.count } == [0, 1, 2])
        #expect(items.allSatisfy { $0["score"] is NSNull })
        #expect(items.map { $0["flag"] as? Bool } == [false, true, false])
    }

    @Test func aDiagnosticIsWrittenTheOneWay() throws {
        let diagnostic = Diagnostic(.unknownStatus, "status `x` is not in the workflow",
                                    at: SourceLocation(path: "prds/a.md", line: 5, column: 9, length: 1), help: "use `planned`")
        let value = diagnostic.json(display: { "roadmap/" + $0 })
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.compactBytes)) as? [String: Any])
        #expect(Array(parsed.keys).sorted() == ["code", "column", "endColumn", "fixes", "help", "line", "message", "name", "notes", "path", "severity"])
        #expect(parsed["path"] as? String == "roadmap/prds/a.md" && parsed["line"] as? Int == 5 && parsed["endColumn"] as? Int == 10)
        let nowhere = Diagnostic(.unknownStatus, "m", at: nil).json()
        #expect(String(decoding: nowhere.compactBytes, as: UTF8.self).contains(#""path":null,"line":null,"column":null,"endColumn":null,"help":null"#))
    }
}
