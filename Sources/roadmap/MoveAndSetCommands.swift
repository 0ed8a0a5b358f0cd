import RoadmapDriver
import ArgumentParser
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// `roadmap move ID STATUS`: a PRD's status changed in place, within the workflow's rules.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a PRD to another status, in place, as the workflow in roadmap.yml allows.",
        discussion: """
            Only the status value changes; comments, quoting and every other byte of the file stay as \
            they are. A move that `transitions` forbids, or that leaves a field `requires` asks for \
            missing, is refused with the diagnostic `check` would give; --set supplies such a field in \
            the same edit.

            Examples:
              roadmap move saved-cards in-progress --set start=2026-07-06
              roadmap move saved-cards shipped
            """)

    @Argument(help: "The PRD's id.")
    var id: String

    @Argument(help: "The status to move it to.")
    var status: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Also set a field in the same edit (repeatable).", valueName: "field=value"))
    var assignments: [String] = []

    @Flag(help: "Print the change as a unified diff and write nothing.")
    var dryRun = false

    @OptionGroup var source: SourceOptions

    func validate() throws {
        try source.validateWorkingTreeOnly("move")
        for assignment in assignments where !assignment.contains("=") {
            throw ValidationError("--set expects FIELD=VALUE, not '\(assignment)'")
        }
    }

    func run() throws {
        let extra = assignments.map { a -> ItemEdit in
            let parts = a.split(separator: "=", maxSplits: 1).map(String.init)
            return ItemEdit(target: id, field: parts[0], value: parts.count > 1 ? parts[1] : "")
        }
        try ItemEditRun.run(extra + [ItemEdit(target: id, field: "status", value: status)], source: source, dryRun: dryRun)
    }
}

/// `roadmap set ID FIELD VALUE`: one value of a PRD, objective or key result, in place.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one field of a PRD, objective or key result in place, validated as check validates it.",
        discussion: """
            PRD fields: status, title, owner, team, quarter, horizon, start, due, rice.reach, rice.impact, \
            rice.confidence, rice.effort. Objective fields: title, owner, period. Key result (named \
            OBJECTIVE/KR): current, target, baseline, title, unit. A value check would reject is refused \
            and nothing is written.

            Examples:
              roadmap set saved-cards due 2026-10-15
              roadmap set grow-checkout/kr1 current 66.5
              roadmap set saved-cards rice.reach 52000
            """)

    @Argument(help: "A PRD or objective id, or OBJECTIVE/KR for a key result.")
    var id: String

    @Argument(help: "The field to set.")
    var field: String

    @Argument(help: "The new value.")
    var value: String

    @Flag(help: "Print the change as a unified diff and write nothing.")
    var dryRun = false

    @OptionGroup var source: SourceOptions

    func validate() throws { try source.validateWorkingTreeOnly("set") }

    func run() throws {
        try ItemEditRun.run([ItemEdit(target: id, field: field, value: value)], source: source, dryRun: dryRun)
    }
}

/// What `move` and `set` do after parsing: plan, refuse or write, report.
enum ItemEditRun {
    static func run(_ edits: [ItemEdit], source: SourceOptions, dryRun: Bool) throws {
        let session = try source.editSession()
        let planned: PlannedItemEdit
        switch try WriteReport.environment({ () throws(SourceError) in try session.plan(edits) }) {
        case .success(let plan): planned = plan
        case .failure(let refused):
            WriteReport.show(refused.diagnostics, session: session, texts: refused.texts)
            throw ExitCode(1)
        }
        if dryRun {
            print(session.diff([planned.change]), terminator: "")
            return
        }
        let skipped = try WriteReport.environment { () throws(SourceError) in try session.write([planned.change]) }
        if !skipped.isEmpty {
            WriteReport.show(skipped, session: session)
            throw ExitCode(1)
        }
        let display = DisplayPath(root: session.location.root)
        print(EditText.updates(planned, target: edits.first?.target ?? "", display: display.show), terminator: "")
    }
}
