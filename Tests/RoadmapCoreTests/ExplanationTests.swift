import Foundation
import Testing
import RoadmapCore

@Suite struct ExplanationTests {
    @Test(arguments: DiagnosticCode.allCases)
    func everyCodeIsExplained(_ code: DiagnosticCode) {
        let text = code.explanation
        #expect(!text.summary.isEmpty)
        #expect(!text.details.isEmpty)
        #expect(!text.bad.isEmpty)
        #expect(!text.fixed.isEmpty)
        #expect(text.bad != text.fixed)
    }

    @Test(arguments: DiagnosticCode.allCases)
    func summaryIsOneSentenceOnOneLine(_ code: DiagnosticCode) {
        let summary = code.explanation.summary
        #expect(summary.hasSuffix("."))
        #expect(!summary.contains("\n"))
        // A second sentence would show up as ". " followed by a capital letter.
        #expect(summary.dropLast().range(of: #"\. [A-Z]"#, options: .regularExpression) == nil)
    }

    @Test func codesAndNamesAreUnique() {
        let codes = DiagnosticCode.allCases
        #expect(Set(codes.map(\.rawValue)).count == codes.count)
        #expect(Set(codes.map(\.name)).count == codes.count)
        #expect(codes.count == 84)
    }

    @Test func summariesAreDistinct() {
        let summaries = DiagnosticCode.allCases.map(\.explanation.summary)
        #expect(Set(summaries).count == summaries.count)
    }

    @Test func onlyTheTabRuleShowsATab() {
        for code in DiagnosticCode.allCases {
            let text = code.explanation
            #expect(text.bad.contains("\t") == (code == .tabIndentation), "\(code.rawValue)")
            #expect(!text.fixed.contains("\t"), "\(code.rawValue)")
        }
    }

    @Test func rulesNamedInTheTextExist() throws {
        // `rules: { X: off }` in an explanation must name a code users can actually configure.
        let pattern = try Regex(#"rules: \{ ([A-Za-z0-9-]+): (error|warning|off) \}"#)
        var checked = 0
        for code in DiagnosticCode.allCases {
            for match in code.explanation.details.matches(of: pattern) {
                let key = String(match.output[1].substring ?? "")
                #expect(DiagnosticCode(lookup: key) != nil, "\(code.rawValue) names \(key)")
                checked += 1
            }
        }
        #expect(checked == 5)
    }

    @Test func knownTextForOneCode() {
        #expect(DiagnosticCode.dependencyCycle.explanation.summary == "PRDs depend on each other in a cycle.")
        #expect(DiagnosticCode.invalidDate.explanation.bad.contains("2026-09-31"))
        #expect(DiagnosticCode.invalidDate.explanation.fixed.contains("2026-09-30"))
    }
}
