import Foundation
import Testing

/// One mistake, one message: what `roadmap check` prints for a file that cannot be read and
/// for the files that refer to it.
@Suite struct CascadeCLITests {
    @Test func aBrokenPRDIsReportedOnceAndItsDependentsSaySo() throws {
        let ws = try Workspace()
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\nkey_results:\n  - id: kr1\n    title: Signups\n    baseline: 1\n    target: 2\n---\n")
        try ws.write("prds/vault.md", "---\nid: vault\ntitle: \"Card\" vault\nstatus: planned\nowner: Sam\nokrs: [o/kr1]\n---\n")
        try ws.write("prds/a.md", "---\nid: a\ntitle: A\nstatus: planned\nowner: Sam\nokrs: [o]\ndepends_on: [vault]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n")
        let check = try ws.roadmap("check", "--today", "2026-03-01")
        // The key result the broken PRD names is not reported as uncovered: it may well be covered.
        #expect(check.status == 1)
        #expect(check.stdout == """
            prds/a.md:7:14: warning[RM508]: `vault` is the PRD of prds/vault.md, which could not be read, so this reference is not checked
            7 | depends_on: [vault]
              |              ^^^^^
              = help: fix the first problem of prds/vault.md; this reference is checked again then
              = note: the first problem of prds/vault.md (prds/vault.md:3:8)
            3 | title: "Card" vault
              |        ------------

            prds/vault.md:3:8: error[RM105]: the value of `title` starts with a quoted part and goes on after the closing quote
            3 | title: "Card" vault
              |        ^^^^^^^^^^^^
              = help: quote the whole value: `title: '"Card" vault'`

            checked 3 files: 1 error and 1 warning

            """, "\(check)")
    }
}
