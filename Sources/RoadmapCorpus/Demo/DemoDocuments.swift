/// The demo roadmap's items as they stand at one commit, and their files.
struct DemoKeyResult {
    var id: String
    var title: String
    var baseline: Double
    var target: Double
    var unit: String
    var current: Double?
    var confidence: Int?
    var note: String?
}

struct DemoObjective {
    var id: String
    var title: String
    var period: String
    var owner: String
    var keyResults: [DemoKeyResult]
    var summary: String

    var path: String { "okrs/\(id).md" }

    var file: String {
        var lines = ["---", "id: \(id)", "title: \(title)", "period: \(period)", "owner: \(owner)", "key_results:"]
        for kr in keyResults {
            lines += ["  - id: \(kr.id)", "    title: \(kr.title)", "    baseline: \(DemoNumber.yaml(kr.baseline))",
                      "    target: \(DemoNumber.yaml(kr.target))", "    unit: \(kr.unit == "%" ? "\"%\"" : kr.unit)"]
            if let current = kr.current { lines.append("    current: \(DemoNumber.yaml(current))") }
            if let confidence = kr.confidence { lines.append("    confidence: \(confidence)") }
            if let note = kr.note { lines.append("    note: \"\(note)\"") }
        }
        lines += ["---", "", "# \(title)", "", summary, ""]
        return lines.joined(separator: "\n")
    }
}

struct DemoPRD {
    var id: String
    var title: String
    var team: String
    var owner: String
    var status: String
    var start: Day
    var due: Day
    var okrs: [String]
    var rice: (reach: Int, impact: Double, confidence: Int, effort: Double)
    var problem: String
    var proposal: String
    var metric: String

    var path: String { "prds/\(team)/\(id).md" }

    var file: String {
        let okrList = okrs.joined(separator: ", ")
        return """
        ---
        id: \(id)
        title: \(title)
        status: \(status)
        owner: \(owner)
        team: \(team)
        start: \(start.iso)
        due: \(due.iso)
        okrs: [\(okrList)]
        rice: { reach: \(rice.reach), impact: \(DemoNumber.yaml(rice.impact)), confidence: \(rice.confidence)%, effort: \(DemoNumber.yaml(rice.effort)) }
        ---

        # \(title)

        ## Problem

        \(problem)

        ## Proposal

        \(proposal)

        ## Success metrics

        - \(metric)

        """
    }
}

/// Numbers as a person types them into front matter: `84.3`, `410000`, `-2`.
enum DemoNumber {
    static func yaml(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return Tenths.text(tenths)
    }
}
