import RoadmapCore
import RoadmapReport
import Testing

/// A quoted source line longer than the terminal is cut around the underlined place, and the
/// underline still points at it.
@Suite struct LongLineTests {
    static func render(_ line: String, column: Int, length: Int, width: Int?) -> [String] {
        let quoter = SourceQuoter(line: { _, _ in line }, display: { $0 })
        let d = Diagnostic(.unknownStatus, "bad", at: SourceLocation(path: "p.md", line: 4, column: column, length: length))
        let text = TextReporter(quoter: quoter, color: false, width: width).render(d)
        return text.split(separator: "\n").dropFirst().prefix(2).map(String.init)
    }

    static let long = "title: " + String(repeating: "abcdefghij", count: 12) + " XYZ " + String(repeating: "0123456789", count: 6)

    @Test func aShortLineOrNoWidthIsShownWhole() {
        #expect(Self.render("status: planed", column: 9, length: 6, width: 40) == ["4 | status: planed", "  |         ^^^^^^"])
        #expect(Self.render(Self.long, column: 128, length: 3, width: nil)[0] == "4 | " + Self.long)
    }

    @Test func aPlaceNearTheStartCutsOnlyTheEnd() {
        let lines = Self.render(Self.long, column: 8, length: 5, width: 40)
        #expect(lines == ["4 | title: abcdefghijabcdefghijabcdefgh…", "  |        ^^^^^"])
        #expect(lines[0].unicodeScalars.count == 40)
    }

    @Test func aPlaceInTheMiddleCutsBothEndsAndKeepsTheCaretAligned() throws {
        let lines = Self.render(Self.long, column: 129, length: 3, width: 40)
        #expect(lines[0].unicodeScalars.count == 40)
        #expect(lines[0].hasPrefix("4 | …") && lines[0].hasSuffix("…"))
        let caret = try #require(lines[1].firstIndex(of: "^"))
        let offset = lines[1].distance(from: lines[1].startIndex, to: caret)
        #expect(Array(lines[0])[offset...].prefix(3) == ["X", "Y", "Z"])
        #expect(lines[1].hasSuffix("^^^"))
    }

    @Test func aPlaceAtTheEndCutsOnlyTheStart() throws {
        let lines = Self.render(Self.long, column: Self.long.count, length: 1, width: 40)
        #expect(lines[0] == "4 | …" + String(Self.long.suffix(35)))
        #expect(lines[1] == "  | " + String(repeating: " ", count: 35) + "^")
    }

    @Test func anUnderlineLongerThanTheWindowIsCutWithIt() {
        let lines = Self.render(Self.long, column: 8, length: 120, width: 40)
        #expect(lines[0].hasSuffix("…"))
        #expect(lines[1] == "  |        " + String(repeating: "^", count: 28))
    }
}
