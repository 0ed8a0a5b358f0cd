/// The `roadmap.yml` that `roadmap init` writes: every setting with its default, commented.
enum RoadmapYAML {
    static let text = """
        # The settings of this roadmap. Every key is optional: the values below are the defaults,
        # except required_sections (none by default). The format is described in docs/FORMAT.md
        # of the roadmap tool; `roadmap check` validates this file too.

        # Name of the roadmap, shown on the site (`roadmap build`).
        title: Roadmap
        # Path the site is served under, such as /roadmap/.
        base_url: /

        # Folders searched recursively for PRDs and for objectives (*.md).
        prds: prds
        okrs: okrs

        # The workflow a PRD's `status` moves through, in order.
        statuses: [idea, discovery, planned, in-progress, shipped, dropped]
        # Work being planned or built: such a PRD should name the OKRs it moves (RM903).
        active_statuses: [planned, in-progress]
        # Finished work: no RICE estimate is expected of it (RM604).
        done_statuses: [shipped, dropped]

        # H2 headings every PRD must have (RM701).
        required_sections: [Problem, Success metrics]

        # Which status may follow which (RM320; `roadmap move` and `check --staged` enforce it). A
        # status not listed may move anywhere. Example:
        #   { idea: [discovery, dropped], discovery: [planned, dropped], planned: [in-progress, dropped] }
        transitions: {}
        # Fields a PRD must have in a status (RM321). Example: { in-progress: [owner, start] }
        requires: {}

        # Severity per diagnostic, by code or name: error, warning or off.
        # `roadmap explain` lists the codes. Example: { RM604: off, orphan-feature: error }
        rules: {}

        # Custom scores beside RICE: a formula over inputs, each with its range; PRDs give the
        # inputs under the score's name, and `roadmap list --sort NAME` and the backlog order by it.
        # Example: { wsjf: { formula: (value + urgency) / size, inputs: { value: [1, 10], urgency: [1, 10], size: [1, 13] } } }
        scores: {}
        # Person-months each team can spend per quarter, for the capacity page and check (RM817).
        # Example: { payments: { 2026-Q3: 12, 2026-Q4: 10 } }
        capacity: {}
        # The most PRDs a status may hold at once: the board marks a column over its limit and
        # check warns (RM330). Example: { in-progress: 5 }
        wip_limits: {}
        # Who sees what: each audience names the visibilities it shows (PRDs and objectives say
        # `visibility: public|internal|confidential`, default internal), the fields it hides and the
        # H2 sections it drops. Example: { public: { show: [public], hide_fields: [owner, rice], drop_sections: [Internal notes] } }
        audiences: {}
        # Other teams' roadmaps this one brings together, each pinned to a commit in roadmap.lock;
        # their items are named `name:id`. Example: [{ name: payments, repo: ../payments, ref: main }]
        portfolio: []

        # Key results' status from their forecast (from git check-ins): on track when projected to
        # reach at least this share of the planned progress, at risk from at_risk, else off track.
        okr_status: { on_track: 0.9, at_risk: 0.7 }
        # `check --history` warns about a key result with no check-in for more days than this
        # (RM971); ~ leaves the check off.
        checkin_every_days: ~

        # Largest file read, in bytes.
        max_file_size: 1048576

        # Checks that read the git history (`roadmap check --history`, and the site's Health page):
        # an in-progress PRD no commit has touched for more days than this is stale (RM950) ...
        stale_after_days: 60
        # ... and a PRD whose plan (due, quarter or horizon) slipped more times than this is reported (RM951).
        max_slips: 2

        # `roadmap new prd "Title"` and `roadmap new objective "Title"` copy templates/prd.md and
        # templates/objective.md, replacing these placeholders: {{id}}, {{title}}, {{owner}}
        # (--owner, else git user.name), {{quarter}} (--quarter, else the current one), {{team}}
        # (--team), {{status}} (--status, else the first status), {{okrs}} (--okr, as a list),
        # {{horizon}}, {{start}} and {{due}} (--horizon, --start, --due), {{date}} (today) and
        # {{sections}} (the required sections, each a heading with a prompt). Edit the templates freely.

        """
}
