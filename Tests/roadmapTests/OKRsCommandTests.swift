import Foundation
import Testing

/// `roadmap okrs`, run as a user would, on a repository whose check-ins have fixed days, so the
/// forecasts can be computed by hand.
@Suite struct OKRsCommandTests {
    /// One objective of 2026-Q3 (July 1 is day 0, September 30 day 91) with a rising key result
    /// (10 -> 20) and a falling one (50 days -> 30 days), each checked in on July 1 and July 11.
    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", "title: Check-ins\n")
        try ws.write("prds/signup.md", "---\nid: signup\ntitle: Faster signup\nstatus: planned\nowner: Ann\nokrs: [grow/users]\n---\n\n# Signup\n")
        for (day, users, wait) in [("2026-07-01", 10, 50), ("2026-07-11", 11, 49)] {
            try ws.write("okrs/grow.md", """
                ---
                id: grow
                title: Grow the product
                period: 2026-Q3
                key_results:
                  - id: users
                    title: Weekly users
                    baseline: 10
                    target: 20
                    current: \(users)
                  - id: wait
                    title: Days to onboard
                    baseline: 50
                    target: 30
                    current: \(wait)
                    unit: days
                ---

                # Grow

                """)
            try ws.git("add", "-A")
            let stamp = "\(day)T12:00:00Z"
            let commit = try ws.gitResult("commit", "-q", "-m", "Check-in \(day)", env: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
            #expect(commit.status == 0, "\(commit)")
        }
        return ws
    }

    @Test func theTableShowsDirectionAwareForecastsComputedByHand() throws {
        let ws = try Self.workspace()
        let result = try ws.roadmap("okrs")
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.hasSuffix("LAST CHECK-IN") == true, "\(result.stdout)")
        // Rising: slope (11 - 10) / 10 = 0.1 a day; 10 + 0.1 * 91 = 19.1, (19.1 - 10) / 10 = 91%: on track (>= 90%).
        let users = try #require(lines.first { $0.hasPrefix("  users") }, "\(result.stdout)")
        #expect(users.contains("19.1 (91%)") && users.contains("on track") && users.contains("2026-07-11 Ada Lovelace"), "\(users)")
        #expect(users.contains("10%"), "current 11 is 10% of the way: \(users)")
        // Falling: slope -0.1 a day; 50 - 9.1 = 40.9 days, (40.9 - 50) / (30 - 50) = 46%: off track (< 70%).
        let wait = try #require(lines.first { $0.hasPrefix("  wait") }, "\(result.stdout)")
        #expect(wait.contains("40.9 days (46%)") && wait.contains("off track"), "\(wait)")
        // The objective is as well as its worst key result.
        let grow = try #require(lines.first { $0.hasPrefix("grow ") }, "\(result.stdout)")
        #expect(grow.contains("2026-Q3") && grow.contains("off track"), "\(grow)")
    }

    @Test func oneKeyResultAndJSON() throws {
        let ws = try Self.workspace()
        let one = try ws.roadmap("okrs", "grow/wait")
        #expect(one.status == 0 && one.stdout.contains("  wait") && !one.stdout.contains("  users"), "\(one)")
        let json = try ws.roadmap("okrs", "grow/users", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let objectives = try #require(document["objectives"] as? [[String: Any]])
        let krs = try #require(objectives.first?["keyResults"] as? [[String: Any]])
        #expect(krs.count == 1 && krs.first?["id"] as? String == "users")
        let forecast = try #require(krs.first?["forecast"] as? [String: Any])
        #expect(abs((forecast["projected"] as? Double ?? 0) - 19.1) < 1e-9, "\(forecast)")
        #expect((krs.first?["checkins"] as? [Any])?.count == 2)
    }

    @Test func unknownIdsAreErrorsThatSuggest() throws {
        let ws = try Self.workspace()
        let objective = try ws.roadmap("okrs", "grwo")
        #expect(objective.status == 2 && objective.stderr.contains("no objective with id `grwo`"), "\(objective)")
        #expect(objective.stderr.contains("did you mean `grow`?"), "\(objective)")
        let kr = try ws.roadmap("okrs", "grow/user")
        #expect(kr.status == 2 && kr.stderr.contains("did you mean `grow/users`?"), "\(kr)")
        let period = try ws.roadmap("okrs", "--period", "2026-Q9")
        #expect(period.status != 0 && period.stderr.contains("--period 2026-Q9 is not a quarter"), "\(period)")
    }

    @Test func aFolderArgumentIsTheRoadmapAndAPlainFolderHasNoForecasts() throws {
        let ws = try Workspace(git: false)
        try ws.write("roadmap.yml", "title: Plain\n")
        try ws.write("okrs/o.md", "---\nid: o\ntitle: An objective\nperiod: 2026-Q3\nkey_results:\n  - id: k\n    title: A result\n    baseline: 0\n    target: 4\n    current: 1\n---\n\n# O\n")
        let result = try CLI.run(try CLI.binary(), ["okrs", ws.root], in: ws.base, environment: CLI.environment(home: ws.home))
        #expect(result.status == 0, "\(result)")
        let k = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  k") }, "\(result.stdout)")
        #expect(k.contains("25%") && k.hasSuffix("-"), "\(k)")
        #expect(result.stderr.contains("no forecasts: no git history"), "\(result.stderr)")
    }
}
