import Foundation

/// A small roadmap with two commits of history, for driving `roadmap mcp`: an objective with a
/// key result in progress and one no PRD moves, a PRD that moves it, a PRD that depends on it
/// and slipped in the second commit, and a workflow with transitions and required fields.
enum MCPFixture {
    static let config = WritingCommandTests.workflow
    static let objective = "---\nid: o\ntitle: Grow\nperiod: 2026-Q3\nkey_results:\n  - id: kr1\n    title: Trials\n    baseline: 1\n    target: 10\n    current: 2 # May\n  - id: kr2\n    title: Retention\n    baseline: 50\n    target: 60\n---\nWhy we grow.\n"
    static let prdA = "---\nid: a\ntitle: Alpha\nstatus: idea # first\nowner: Sam\nokrs: [o/kr1]\nrice: { reach: 100, impact: 2, confidence: 0.5, effort: 2 }\n---\n## Problem\nP.\n"
    static func prdB(due: String) -> String {
        "---\nid: b\ntitle: Beta\nstatus: discovery\nowner: Lena Vogel\nteam: payments\ndepends_on: [a]\ndue: \(due)\n---\n## Problem\nQ.\n"
    }

    /// 2026-03-01 (the workspace's commit date) and 2026-04-15.
    static let secondCommitDate = "@1776247200 +0000"

    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", config)
        try ws.write("okrs/o.md", objective)
        try ws.write("prds/a.md", prdA)
        try ws.write("prds/b.md", prdB(due: "2026-09-01"))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "start")
        try ws.write("prds/b.md", prdB(due: "2026-10-15"))
        let second = try ws.gitResult("commit", "-q", "-am", "b slips",
                                      env: ["GIT_AUTHOR_DATE": secondCommitDate, "GIT_COMMITTER_DATE": secondCommitDate])
        guard second.status == 0 else { throw Workspace.Failure(description: "\(second)") }
        return ws
    }

    /// Every file of the workspace with its bytes, to compare two trees.
    static func snapshot(_ ws: Workspace) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: ws.files().filter { !$0.hasPrefix("_site/") }.map { ($0, FileManager.default.contents(atPath: ws.path($0)) ?? Data()) })
    }
}
