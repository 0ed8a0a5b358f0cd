import RoadmapCompiler
import RoadmapCore
import Testing

/// The byte-preserving front-matter editor: each result differs from its input only inside the
/// edited value (or by the one added line), asserted byte for byte.
@Suite struct FrontMatterEditorTests {
    let path = "prds/x.md"
    let order = ["id", "title", "status", "owner", "team", "quarter", "horizon", "start", "due", "okrs", "depends_on", "rice", "tags"]

    func set(_ text: String, _ steps: [FrontMatterEditor.Step], _ value: FrontMatterEditor.Value) throws -> String {
        let bytes = Array(text.utf8)
        let edit = try FrontMatterEditor(bytes: bytes, path: path).setting(steps, to: value, order: order)
        return String(decoding: try #require(edit.applied(to: bytes)), as: UTF8.self)
    }

    static let messy = """
        \u{FEFF}---\r
        # The PRD's identity\r
        id: saved-cards   \r
        title: 'Saved cards: the sequel'  # quoted because of the colon\r
        status: planned # moved in June\r
        owner: "Sam Lee"\r
        okrs: [grow-checkout/kr1, grow-checkout/kr2]\r
        tags:\r
          - checkout   # trailing comment\r
          - cards\r
        rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }\r
        ---\r
        ## Problem\r
        status: planned is in the body too.\r

        """

    @Test func plainScalarWithCommentAndCRLF() throws {
        let result = try set(Self.messy, [.key("status")], .text("in-progress"))
        #expect(result == Self.messy.replacingOccurrences(of: "status: planned # moved", with: "status: in-progress # moved"))
    }

    @Test func doubleQuotedScalarKeepsItsQuotes() throws {
        let result = try set(Self.messy, [.key("owner")], .text("Dana \"DK\" Kim"))
        #expect(result == Self.messy.replacingOccurrences(of: "owner: \"Sam Lee\"", with: "owner: \"Dana \\\"DK\\\" Kim\""))
    }

    @Test func singleQuotedScalarKeepsItsQuotes() throws {
        let result = try set(Self.messy, [.key("title")], .text("Cards, saved: it's back"))
        #expect(result == Self.messy.replacingOccurrences(of: "'Saved cards: the sequel'", with: "'Cards, saved: it''s back'"))
    }

    @Test func plainScalarIsQuotedOnlyWhenYAMLNeedsIt() throws {
        let base = "---\nid: a\nowner: Sam\n---\n"
        #expect(try set(base, [.key("owner")], .text("Dana Kim")) == "---\nid: a\nowner: Dana Kim\n---\n")
        #expect(try set(base, [.key("owner")], .text("Dana: Kim")) == "---\nid: a\nowner: \"Dana: Kim\"\n---\n")
        #expect(try set(base, [.key("owner")], .text("yes")) == "---\nid: a\nowner: \"yes\"\n---\n")
        #expect(try set(base, [.key("owner")], .text("#1 fan")) == "---\nid: a\nowner: \"#1 fan\"\n---\n")
    }

    @Test func valueInsideAFlowMapping() throws {
        let result = try set(Self.messy, [.key("rice"), .key("reach")], .number("52000"))
        #expect(result == Self.messy.replacingOccurrences(of: "{ reach: 40000,", with: "{ reach: 52000,"))
    }

    @Test func keyAddedToAFlowMapping() throws {
        let text = "---\nid: a\nrice: {reach: 1, impact: 1, effort: 2}\n---\n"
        let result = try set(text, [.key("rice"), .key("confidence")], .text("80%"))
        #expect(result == "---\nid: a\nrice: {reach: 1, impact: 1, effort: 2, confidence: 80%}\n---\n")
    }

    @Test func keyAddedAfterTheKeyItFollows() throws {
        // `due` follows `owner` (no team, quarter, horizon or start here), before the block list.
        let result = try set(Self.messy, [.key("due")], .text("2026-09-30"))
        #expect(result == Self.messy.replacingOccurrences(of: "owner: \"Sam Lee\"\r\n", with: "owner: \"Sam Lee\"\r\ndue: 2026-09-30\r\n"))
    }

    @Test func keyAddedAboveTheCommentOfTheNextKey() throws {
        let text = "---\nid: a\nstatus: idea\n# links\nokrs: [x]\n---\nbody\n"
        let result = try set(text, [.key("quarter")], .text("2026-Q3"))
        #expect(result == "---\nid: a\nstatus: idea\nquarter: 2026-Q3\n# links\nokrs: [x]\n---\nbody\n")
    }

    @Test func keyAddedAtTheEndOfTheFrontMatter() throws {
        let text = "---\nid: a\nsomething: else\n---\n"
        let result = try set(text, [.key("x-note")], .text("hi"))
        #expect(result == "---\nid: a\nsomething: else\nx-note: hi\n---\n")
    }

    @Test func keyAddedToANestedBlockMapping() throws {
        let text = "---\nid: a\nrice:\n  reach: 1\n  impact: 2\ntags: [x]\n---\n"
        let result = try set(text, [.key("rice"), .key("effort")], .number("3"))
        #expect(result == "---\nid: a\nrice:\n  reach: 1\n  impact: 2\n  effort: 3\ntags: [x]\n---\n")
    }

    @Test func keyResultCurrentInABlockList() throws {
        let text = """
            ---
            id: grow
            key_results:
              - id: kr1
                title: "Conversion"
                current: 64   # June
              - id: kr2
                title: Latency
            ---

            """
        let result = try set(text, [.key("key_results"), .entry(id: "kr1"), .key("current")], .number("66.5"))
        #expect(result == text.replacingOccurrences(of: "current: 64   #", with: "current: 66.5   #"))
        let added = try set(text, [.key("key_results"), .entry(id: "kr2"), .key("current")], .number("410"))
        #expect(added == text.replacingOccurrences(of: "    title: Latency\n", with: "    title: Latency\n    current: 410\n"))
    }

    @Test func emptyValueIsFilledIn() throws {
        #expect(try set("---\nid: a\ndue:\nowner: x\n---\n", [.key("due")], .text("2026-01-02")) == "---\nid: a\ndue: 2026-01-02\nowner: x\n---\n")
        #expect(try set("---\nid: a\ndue: ~ # later\n---\n", [.key("due")], .text("2026-01-02")) == "---\nid: a\ndue: 2026-01-02 # later\n---\n")
    }

    @Test func bodyWithTheSameTextIsUntouched() throws {
        let result = try set(Self.messy, [.key("status")], .text("shipped"))
        #expect(result.contains("status: planned is in the body too.\r\n"))
        #expect(result.hasPrefix("\u{FEFF}---\r\n"))
    }

    @Test func refusals() throws {
        let editor = try FrontMatterEditor(bytes: Array(Self.messy.utf8), path: path)
        #expect(throws: EditRefusal.self) { try editor.setting([.key("tags")], to: .text("x")) }
        #expect(throws: EditRefusal.self) { try editor.setting([.key("nothing"), .key("x")], to: .text("x")) }
        let folded = "---\nid: a\ntitle: >\n  long\n  title\n---\n"
        let foldedEditor = try FrontMatterEditor(bytes: Array(folded.utf8), path: path)
        do {
            _ = try foldedEditor.setting([.key("title")], to: .text("x"))
            Issue.record("a folded scalar must be refused")
        } catch {
            #expect(error.diagnostic.code == .cannotEdit)
            #expect(error.diagnostic.location?.line == 3)
        }
        #expect(throws: EditRefusal.self) { try FrontMatterEditor(bytes: Array("no front matter".utf8), path: path) }
    }

    @Test func roundTripIsByteIdentical() throws {
        for (steps, value, original) in [([FrontMatterEditor.Step.key("status")], "shipped", "planned"),
                                         ([.key("owner")], "Dana", "Sam Lee"), ([.key("title")], "New", "Saved cards: the sequel")] {
            let changed = try set(Self.messy, steps, .text(value))
            #expect(changed != Self.messy)
            #expect(try set(changed, steps, .text(original)) == Self.messy)
        }
    }
}
