import Foundation
import RoadmapCompiler
import RoadmapCore
import Testing

/// Custom scores: their declarations in roadmap.yml (RM810-RM814) and their inputs in PRDs (RM610, RM611).
@Suite struct ScoreRuleTests {
    static let wsjf = """
        scores:
          wsjf:
            label: WSJF
            formula: (business_value + time_criticality + risk_reduction) / job_size
            inputs: {business_value: [1, 10], time_criticality: [1, 10], risk_reduction: [1, 10], job_size: [1, 13]}

        """

    static func config(_ scores: String) -> String { Fixture.config + scores }

    static func prd(_ block: String) -> String {
        Fixture.prd.replacingOccurrences(of: "rice: {", with: block + "\nrice: {")
    }

    @Test func aDeclaredScoreIsComputedOnEachPRD() throws {
        let result = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf),
                                          "prds/payments/saved-cards.md": Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5}")])
        #expect(result.diagnostics.isEmpty, "\(placed(result))")
        #expect(result.roadmap.features.first?.scores == ["wsjf": 3.2])
        let score = try #require(result.roadmap.config.score(named: "wsjf"))
        #expect(score.label == "WSJF")
        #expect(score.inputs.map(\.name) == ["business_value", "time_criticality", "risk_reduction", "job_size"])
        #expect(score.inputs.last?.range == 1...13)
    }

    @Test func aPRDWithoutTheScoreHasNoValueAndNoComplaint() throws {
        let result = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf)])
        #expect(result.diagnostics.isEmpty, "\(placed(result))")
        #expect(result.roadmap.features.first?.scores == [:])
    }

    // MARK: roadmap.yml

    @Test func syntaxErrorIsPlacedOnItsToken() throws {
        let file = Marked("scores:\n  ice:\n    formula: impact * «) * ease\n    inputs: {impact: [1, 10], ease: [1, 10]}\n")
        let d = expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .scoreFormulaSyntax, "roadmap.yml", at: file)
        #expect(d?.message == "the formula of score `ice` does not parse: unexpected `)` where a number, an input or `(` was expected")
    }

    @Test func syntaxErrorInAQuotedFormulaCountsTheQuote() throws {
        let file = Marked("scores:\n  ice:\n    formula: \"impact * ease «ease\"\n    inputs: {impact: [1, 10], ease: [1, 10]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .scoreFormulaSyntax, "roadmap.yml", at: file)
        let single = Marked("scores:\n  ice:\n    formula: 'impact * «sqrt(ease)'\n    inputs: {impact: [1, 10], ease: [1, 10]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": single.text]), .scoreFormulaSyntax, "roadmap.yml", at: single)
    }

    @Test func aFlowMappingFormulaIsPlacedToo() throws {
        let file = Marked("scores: { ice: { formula: impact * «eaze, inputs: {impact: [1, 10], ease: [1, 10]} } }\n")
        let d = expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .unknownScoreInput, "roadmap.yml", at: file)
        #expect(d?.help == "did you mean `ease`?")
        #expect(d?.location?.length == 4)
    }

    @Test func anEscapedFormulaIsPlacedAtTheWholeValue() throws {
        let file = Marked("scores:\n  ice:\n    formula: «\"impact \\x2a eaze\"\n    inputs: {impact: [1, 10], ease: [1, 10]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .unknownScoreInput, "roadmap.yml", at: file)
    }

    @Test func unknownInputsAreEachReported() throws {
        let text = "scores:\n  ice:\n    formula: impact * confidence * eaze\n    inputs: {impact: [1, 10], ease: [1, 10]}\n"
        let result = try Fixture.compile(["roadmap.yml": text])
        #expect(placed(result) == ["RM811 roadmap.yml:3:23", "RM811 roadmap.yml:3:36"])
        #expect(result.roadmap.config.score(named: "ice")?.formula == nil)
    }

    @Test func aDivisorThatCanBeZero() throws {
        let file = Marked("scores:\n  wsjf:\n    formula: value / «(job_size - 1)\n    inputs: {value: [1, 10], job_size: [1, 13]}\n")
        let d = expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .scoreDivisionByZero, "roadmap.yml", at: file)
        #expect(d?.message == "the formula of score `wsjf` can divide by zero: this divisor ranges over [0, 12] for inputs within their ranges")
        #expect(d?.location?.length == 14)
        let zeroRange = Marked("scores:\n  wsjf:\n    formula: value / «job_size\n    inputs: {value: [1, 10], job_size: [0, 13]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": zeroRange.text]), .scoreDivisionByZero, "roadmap.yml", at: zeroRange)
    }

    @Test(arguments: ["rice", "status", "index", "Wsjf", "9lives", "has space"])
    func namesThatCannotBeScores(_ name: String) throws {
        let file = Marked("scores:\n  «\(name):\n    formula: a\n    inputs: {a: [1, 2]}\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        expectDiagnostic(result, .invalidScoreName, "roadmap.yml", at: file)
        #expect(result.roadmap.config.scores.isEmpty)
    }

    @Test func rangesMustBeTwoNumbersLowestFirst() throws {
        for bad in ["«[10, 1]", "«13", "«[1, 2, 3]", "«[1, big]", "«{min: 1}"] {
            let file = Marked("scores:\n  wsjf:\n    formula: value / size\n    inputs: {value: [1, 10], size: \(bad)}\n")
            let result = try Fixture.compile(["roadmap.yml": file.text])
            expectDiagnostic(result, .invalidScoreInput, "roadmap.yml", at: file)
            // Not reported again as unknown: the input is declared, only its range is broken.
            #expect(!result.diagnostics.contains { $0.code == .unknownScoreInput })
            #expect(result.roadmap.config.score(named: "wsjf")?.formula == nil)
        }
        let name = Marked("scores:\n  wsjf:\n    formula: value\n    inputs: {value: [1, 10], «job-size: [1, 2]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": name.text]), .invalidScoreInput, "roadmap.yml", at: name)
    }

    @Test func wrongTypesAndMissingParts() throws {
        let notText = Marked("scores:\n  wsjf:\n    formula: «[a, b]\n    inputs: {a: [1, 2], b: [1, 2]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": notText.text]), .wrongType, "roadmap.yml", at: notText)
        let noFormula = Marked("scores:\n  «wsjf:\n    inputs: {a: [1, 2]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": noFormula.text]), .missingField, "roadmap.yml", at: noFormula)
        let notMapping = Marked("scores:\n  wsjf: «a / b\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": notMapping.text]), .wrongType, "roadmap.yml", at: notMapping)
        let unknownKey = Marked("scores:\n  wsjf:\n    formula: a\n    inputs: {a: [1, 2]}\n    «fromula: a\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": unknownKey.text]), .unknownKey, "roadmap.yml", at: unknownKey)
        let twice = Marked("scores:\n  wsjf:\n    formula: a\n    inputs: {a: [1, 2], «a: [1, 3]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": twice.text]), .duplicateKey, "roadmap.yml", at: twice)
    }

    // MARK: PRDs

    @Test func anInputOutOfRange() throws {
        let file = Marked(Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: «0}"))
        let result = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf), "prds/payments/saved-cards.md": file.text])
        let d = expectDiagnostic(result, .scoreInputOutOfRange, "prds/payments/saved-cards.md", at: file)
        #expect(d?.message == "`job_size` of score `wsjf` must be from 1 to 13, not 0")
        #expect(result.roadmap.features.first?.scores == [:])
    }

    @Test func missingInputsAreNamed() throws {
        let file = Marked(Self.prd("wsjf: «{business_value: 8, job_size: 5}"))
        let result = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf), "prds/payments/saved-cards.md": file.text])
        let d = expectDiagnostic(result, .scoreIncomplete, "prds/payments/saved-cards.md", at: file)
        #expect(d?.message == "the `wsjf` block lacks `time_criticality`, `risk_reduction`")
    }

    @Test func unknownAndMistypedInputs() throws {
        let unknown = Marked(Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5, «jobsize: 3}"))
        let result = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf), "prds/payments/saved-cards.md": unknown.text])
        let d = expectDiagnostic(result, .unknownKey, "prds/payments/saved-cards.md", at: unknown)
        #expect(d?.help == "did you mean `job_size`?")
        let mistyped = Marked(Self.prd("wsjf: {business_value: «high, time_criticality: 5, risk_reduction: 3, job_size: 5}"))
        let typed = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf), "prds/payments/saved-cards.md": mistyped.text])
        expectDiagnostic(typed, .wrongType, "prds/payments/saved-cards.md", at: mistyped)
        #expect(!typed.diagnostics.contains { $0.code == .scoreIncomplete })
        #expect(typed.roadmap.features.first?.scores == [:])
    }

    @Test func aScoreKeyIsNotAnUnknownFieldButAnUndeclaredOneIs() throws {
        let block = "wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5}"
        let declared = try Fixture.compile(["roadmap.yml": Self.config(Self.wsjf), "prds/payments/saved-cards.md": Self.prd(block)])
        #expect(!declared.diagnostics.contains { $0.code == .unknownKey })
        let undeclared = try Fixture.compile(["prds/payments/saved-cards.md": Self.prd(block)])
        #expect(undeclared.diagnostics.filter { $0.code == .unknownKey }.count == 1)
    }

    @Test func aBrokenFormulaStillChecksInputsButGivesNoValue() throws {
        let broken = Self.wsjf.replacingOccurrences(of: "/ job_size", with: "/ job_size)")
        let file = Marked(Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: «99}"))
        let result = try Fixture.compile(["roadmap.yml": Self.config(broken), "prds/payments/saved-cards.md": file.text])
        expectDiagnostic(result, .scoreInputOutOfRange, "prds/payments/saved-cards.md", at: file)
        #expect(result.diagnostics.contains { $0.code == .scoreFormulaSyntax })
        let fine = try Fixture.compile(["roadmap.yml": Self.config(broken),
                                        "prds/payments/saved-cards.md": Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5}")])
        #expect(fine.roadmap.features.first?.scores == [:])
    }

    @Test func changingARangeRechecksCachedPRDs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rm-scores-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cache.bin").path
        var files = Fixture.files
        files["roadmap.yml"] = Self.config(Self.wsjf)
        files["prds/payments/saved-cards.md"] = Self.prd("wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5}")
        func compile() throws -> Compilation {
            try RoadmapCompiler(source: BlobbedSource(files: files), cache: AnalysisCache(file: file)).compile()
        }
        let cold = try compile()
        #expect(cold.diagnostics.isEmpty, "\(placed(cold))")
        #expect(try compile().roadmap.features.first?.scores == ["wsjf": 3.2])
        files["roadmap.yml"] = Self.config(Self.wsjf.replacingOccurrences(of: "job_size: [1, 13]", with: "job_size: [1, 3]"))
        let narrowed = try compile()
        #expect(placed(narrowed) == ["RM610 prds/payments/saved-cards.md:9:77"])
        #expect(narrowed.roadmap.features.first?.scores == [:])
        files["roadmap.yml"] = Self.config(Self.wsjf.replacingOccurrences(of: "/ job_size", with: "/ (job_size + 1)"))
        #expect(try compile().roadmap.features.first?.scores == ["wsjf": 16.0 / 6])
    }
}
