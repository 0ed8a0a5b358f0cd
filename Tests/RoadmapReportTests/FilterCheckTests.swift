import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import Testing

/// `roadmap list` refuses a filter value the roadmap does not have, naming the likely one.
@Suite struct FilterCheckTests {
    static func unknown(_ build: (inout FeatureQuery) -> Void) -> [String] {
        var query = FeatureQuery()
        build(&query)
        return query.unknownValues(in: FeatureListTests.roadmap, suggest: Suggestion.closest).map(\.description)
    }

    @Test func knownValuesPassWhateverTheirCase() {
        #expect(Self.unknown {
            $0.statuses = ["planned"]; $0.teams = ["GROWTH", "payments"]; $0.owners = ["lena", "Kim"]
            $0.tags = ["WEB"]; $0.okrs = [OKRReference("grow")!, OKRReference("other/kr1")!]
        } == [])
    }

    @Test func eachUnknownValueIsNamedWithTheLikelyOne() {
        #expect(Self.unknown { $0.teams = ["paymnts"] } == ["--team paymnts is not a team of this roadmap; did you mean `payments`? use one of Growth, payments, platform"])
        #expect(Self.unknown { $0.owners = ["Lina Vogel"] } == ["--owner Lina Vogel matches no owner of this roadmap; did you mean `Lena Vogel`? use one of Kim, Lena Park, Lena Vogel, Sam Lee"])
        #expect(Self.unknown { $0.tags = ["desktop"] } == ["--tag desktop is not a tag of this roadmap; use one of Web, mobile"])
        #expect(Self.unknown { $0.statuses = ["shiped"] } == ["--status shiped is not a status of this roadmap; did you mean `shipped`? use one of idea, discovery, planned, in-progress, shipped, dropped"])
        #expect(Self.unknown { $0.okrs = [OKRReference("grow/kr3")!] } == ["--okr grow/kr3 is not a key result of this roadmap; did you mean `grow/kr1`? use one of grow/kr1, grow/kr2"])
        #expect(Self.unknown { $0.okrs = [OKRReference("grwo")!] } == ["--okr grwo is not an objective of this roadmap; did you mean `grow`? use one of grow, other"])
        #expect(Self.unknown { $0.teams = ["x"]; $0.tags = ["y"] }.count == 2)
    }
}

@Suite struct PluralTests {
    @Test func countsReadAsEnglish() {
        #expect(Plural.count(0, "error") == "0 errors")
        #expect(Plural.count(1, "error") == "1 error")
        #expect(Plural.count(2, "page") == "2 pages")
        #expect(Plural.count(1, "more item") == "1 more item")
        #expect(Plural.count(3, "entry", plural: "entries") == "3 entries")
    }
}
