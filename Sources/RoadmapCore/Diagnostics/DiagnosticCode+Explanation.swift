// The long-form text behind every diagnostic code. Kept in one exhaustive switch (no `default`)
// so that adding a code to `DiagnosticCode` does not compile until its explanation is written.
// Examples are small files or snippets: a `# path` comment names the file when it matters.

extension DiagnosticCode {
    /// What the rule checks, why it matters, how to fix it, and a minimal broken and fixed file.
    public var explanation: Explanation {
        switch self {
        // MARK: RM0xx files
        case .invalidUTF8:
            Explanation(
                summary: "The file is not valid UTF-8 text.",
                details: """
                    Roadmap files are read as UTF-8 so that ids, titles and links mean the same thing \
                    on every machine. A file saved in another encoding (Latin-1, Windows-1252, UTF-16) \
                    holds byte sequences that are not UTF-8, and the compiler cannot know which \
                    characters were meant, so it skips the file instead of guessing. Re-save the file \
                    as UTF-8 in your editor (a byte-order mark is accepted), or convert it with \
                    `iconv -f WINDOWS-1252 -t UTF-8`.
                    """,
                bad: """
                    ---
                    id: sepa-direct-debit
                    title: Lastschrift f\\xFCr Firmenkunden   # byte 0xFC: "ü" in Latin-1
                    ---
                    """,
                fixed: """
                    ---
                    id: sepa-direct-debit
                    title: Lastschrift für Firmenkunden
                    ---
                    """)
        case .binaryFile:
            Explanation(
                summary: "The file contains NUL bytes, so it is binary data, not text.",
                details: """
                    A NUL byte never occurs in a Markdown file; finding one means an image, a PDF, an \
                    office document or UTF-16 text was saved with a `.md` name. The compiler skips \
                    the file. Keep screenshots and exported decks outside the PRD and objective \
                    folders and link to them from the PRD; if the file is UTF-16 text, re-save it as \
                    UTF-8.
                    """,
                bad: """
                    prds/growth/
                      onboarding.md
                      onboarding-mockups.md   # a PNG renamed: \\x89PNG\\r\\n\\x1a\\n\\0\\0\\0\\rIHDR...
                    """,
                fixed: """
                    prds/growth/
                      onboarding.md           # links to ../../assets/onboarding-mockups.png
                    assets/
                      onboarding-mockups.png
                    """)
        case .emptyFile:
            Explanation(
                summary: "The file is empty.",
                details: """
                    An empty `.md` file under the PRDs or objectives folder is usually a placeholder \
                    created ahead of time or the result of a failed save. It has no front matter, so \
                    no id, and cannot become part of the roadmap. Fill in at least the required \
                    fields, or delete the file until there is something to say.
                    """,
                bad: """
                    # prds/payments/refunds.md (0 bytes)
                    """,
                fixed: """
                    ---
                    id: partial-refunds
                    title: Partial refunds
                    status: idea
                    owner: priya
                    ---
                    """)
        case .fileTooLarge:
            Explanation(
                summary: "The file is larger than `max_file_size`.",
                details: """
                    Files over the limit (1 MiB unless `roadmap.yml` says otherwise) are skipped \
                    without being parsed, so that a stray log, data dump or generated file cannot slow \
                    every check down or exhaust memory. A real PRD is a few kilobytes: move pasted \
                    data and attachments out of it and link to them. If the roadmap genuinely needs \
                    larger files, raise `max_file_size` (in bytes) in `roadmap.yml`.
                    """,
                bad: """
                    # prds/growth/pricing-experiment.md: 4.2 MB, a CSV export pasted into the body
                    ## Results
                    account_id,variant,converted,mrr
                    ...  (60,000 more rows)
                    """,
                fixed: """
                    # prds/growth/pricing-experiment.md: 3 KB
                    ## Results
                    | Variant | Conversion | MRR per account |
                    |---------|-----------:|----------------:|
                    | A       |       4.1% |           $82   |
                    | B       |       4.9% |           $79   |

                    Raw data: [pricing-experiment.csv](../../analysis/pricing-experiment.csv)
                    """)
        case .symlinkOutsideRepository:
            Explanation(
                summary: "The file is a symbolic link pointing outside the repository; it is not followed.",
                details: """
                    A roadmap is compiled from what the repository holds, so the result must not \
                    depend on files elsewhere on the machine that builds it. Following such a link \
                    could also let a PRD read any file the build can reach (a CI secret, a home \
                    directory) and publish it on the site. Copy the file into the repository and \
                    commit it, or delete the link.
                    """,
                bad: """
                    prds/platform/sso.md -> /home/dana/notes/sso.md
                    """,
                fixed: """
                    prds/platform/sso.md   # a regular file, committed
                    """)
        case .symlinkNotFollowed:
            Explanation(
                summary: "The file is a symbolic link inside the repository; it is skipped, not followed.",
                details: """
                    Links are never followed, even when they stay in the repository, so that each \
                    item is read exactly once and a commit compiles the same way on every system \
                    (Windows checkouts often turn links into small text files). A link usually means \
                    one PRD should appear in two places: keep it in one folder and point to it from \
                    the other with a relative Markdown link or `depends_on`. Delete the link, or \
                    silence the warning with `rules: { RM006: off }` if skipping it is intended.
                    """,
                bad: """
                    prds/growth/saved-cards.md -> ../payments/saved-cards.md
                    """,
                fixed: """
                    # prds/growth/one-click-checkout.md
                    ---
                    id: one-click-checkout
                    depends_on: [saved-cards]
                    ---
                    Builds on [saved cards](../payments/saved-cards.md).
                    """)
        case .mergeConflictMarker:
            Explanation(
                summary: "The file contains unresolved git merge-conflict markers.",
                details: """
                    Lines starting with `<<<<<<<`, `=======` or `>>>>>>>` are left by git when a \
                    merge or rebase could not combine two edits. The file then holds both versions, \
                    and its front matter is invalid or, worse, silently wrong. Resolve the conflict: \
                    keep the right side of each hunk, delete the three marker lines, and commit.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    <<<<<<< HEAD
                    status: in-progress
                    =======
                    status: planned
                    >>>>>>> q3-replan
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    status: in-progress
                    ---
                    """)
        case .unreadableFile:
            Explanation(
                summary: "The file could not be read.",
                details: """
                    The file is listed in its folder or commit, but reading it failed: permissions \
                    deny access, it was deleted while the check ran, or its git object is missing \
                    from a shallow or partial clone. The message carries the underlying error. Make \
                    the file readable (`chmod a+r`), fetch the missing objects \
                    (`git fetch --unshallow`), and check again.
                    """,
                bad: """
                    -rw-------  root  prds/payments/refunds.md   # CI runs as another user
                    """,
                fixed: """
                    -rw-r--r--  dana  prds/payments/refunds.md
                    """)
        case .notARegularFile:
            Explanation(
                summary: "The `.md` entry is a FIFO, a socket or a device, not a file.",
                details: """
                    Only regular files are read. A FIFO, a socket or a device node named like a PRD                     or objective is reported and never opened: opening a FIFO would wait for a                     writer, and a device could be read without end. Replace it with the file it                     stands for, or remove it.
                    """,
                bad: """
                    prw-r--r--  prds/payments/refunds.md   # made by mkfifo
                    """,
                fixed: """
                    -rw-r--r--  prds/payments/refunds.md
                    """)

        // MARK: RM1xx front matter and YAML
        case .missingFrontMatter:
            Explanation(
                summary: "The file does not start with a `---` front matter block.",
                details: """
                    Every PRD and objective is described by its front matter: a YAML block between \
                    two `---` lines at the very top of the file. Without it the file has no id, \
                    title or status and cannot join the roadmap. Add the block; if the file is not \
                    a PRD or an objective (a README, meeting notes), move it out of the PRDs and \
                    objectives folders.
                    """,
                bad: """
                    # Saved cards

                    Status: planned. Owner: Dana.
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    status: planned
                    owner: dana
                    ---

                    # Saved cards
                    """)
        case .unterminatedFrontMatter:
            Explanation(
                summary: "The front matter opens with `---` but is never closed.",
                details: """
                    The front matter ends at the next line that holds only `---`. When there is \
                    none, the compiler cannot tell where the YAML stops and the Markdown starts. Add \
                    the closing `---` on a line of its own after the last field.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    status: planned

                    ## Problem
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    status: planned
                    ---

                    ## Problem
                    """)
        case .frontMatterNotAtTop:
            Explanation(
                summary: "The front matter does not start on the first line of the file.",
                details: """
                    Front matter is recognised only when `---` is the very first line (a UTF-8 \
                    byte-order mark before it is fine). A heading, a comment or even a blank line \
                    above it turns the block into an ordinary paragraph and rule, which GitHub and \
                    other tools render as text too. Move the block to the top and put whatever \
                    preceded it in the body.
                    """,
                bad: """
                    # Saved cards
                    ---
                    id: saved-cards
                    title: Saved cards
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    ---
                    # Saved cards
                    """)
        case .frontMatterNotMapping:
            Explanation(
                summary: "The front matter is YAML, but not a mapping of keys to values.",
                details: """
                    Front matter must be a set of `key: value` pairs. A list (lines starting with \
                    `- `) or a lone value is valid YAML but names no fields, so nothing in the file \
                    can be read. Rewrite the block as keys and values.
                    """,
                bad: """
                    ---
                    - id: saved-cards
                    - title: Saved cards
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    ---
                    """)
        case .yamlSyntax:
            Explanation(
                summary: "The front matter is not valid YAML.",
                details: """
                    The YAML parser stopped at the reported line and column. Common causes are an \
                    unquoted value that contains `: ` or starts with a character YAML reserves \
                    (`@`, `%`, `*`, `&`, `!`, `|`, `>`, `[`, `{`), unbalanced quotes or brackets, \
                    and inconsistent indentation. Quote the value or fix the indentation; double \
                    quotes around a title are always safe.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    title: Checkout: saved cards
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: "Checkout: saved cards"
                    ---
                    """)
        case .duplicateKey:
            Explanation(
                summary: "A key appears twice in the same mapping.",
                details: """
                    YAML tools disagree on duplicate keys: some keep the first value, most silently \
                    keep the last. A repeated `status` or `due` therefore means the roadmap may not \
                    say what a reader of the top of the file believes, so duplicates are rejected \
                    instead of one being picked. Delete the stale line and keep the value you mean.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    status: planned
                    owner: dana
                    status: in-progress
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    status: in-progress
                    owner: dana
                    ---
                    """)
        case .tabIndentation:
            Explanation(
                summary: "A tab character is used for indentation in the front matter.",
                details: """
                    YAML forbids tabs for indentation, and editors show tabs at different widths, so \
                    a tab-indented key can look nested when it is not. Front matter must be indented \
                    with spaces only. Replace the tabs with spaces (two per level by convention) and \
                    set your editor to insert spaces in Markdown files.
                    """,
                bad: """
                    ---
                    id: faster-checkout
                    key_results:
                    \t- id: kr1
                    \t  title: Checkout p95 latency
                    ---
                    """,
                fixed: """
                    ---
                    id: faster-checkout
                    key_results:
                      - id: kr1
                        title: Checkout p95 latency
                    ---
                    """)
        case .yamlAlias:
            Explanation(
                summary: "The front matter uses a YAML anchor (`&name`) or alias (`*name`).",
                details: """
                    Anchors and aliases let a value be reused, but nested aliases expand \
                    exponentially (the "billion laughs" attack): a tiny file could exhaust the \
                    memory of the machine that builds the site. They also hide values from people \
                    reading the file. Front matter is short, so write every value out in full.
                    """,
                bad: """
                    ---
                    id: statement-export
                    start: &kickoff 2026-07-06
                    due: *kickoff
                    ---
                    """,
                fixed: """
                    ---
                    id: statement-export
                    start: 2026-07-06
                    due: 2026-07-06
                    ---
                    """)
        case .yamlTooDeep:
            Explanation(
                summary: "The front matter is nested deeper than the compiler allows.",
                details: """
                    No field of the format needs more than a few levels (`key_results`, then a key \
                    result, then its fields). Deeper nesting is either a pasted data structure that \
                    does not belong in front matter or a crafted file meant to exhaust the parser, \
                    so parsing stops at a fixed depth. Flatten the data, or move it into the body as \
                    a table or a code block.
                    """,
                bad: """
                    ---
                    id: usage-billing
                    limits: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ... ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                    ---
                    """,
                fixed: """
                    ---
                    id: usage-billing
                    ---
                    ## Limits
                    | Plan   | API calls per minute |
                    |--------|---------------------:|
                    | Growth |                  600 |
                    """)

        // MARK: RM2xx fields and types
        case .missingField:
            Explanation(
                summary: "A required field is missing from the front matter.",
                details: """
                    A PRD needs `id`, `title`, `status` and `owner`; an objective needs `id` and \
                    `title`; each key result needs `id` and `title`. Without them an item cannot be \
                    referenced, listed or assigned to someone. The message names the missing field: \
                    add it.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    status: planned
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    title: Saved cards
                    status: planned
                    owner: dana
                    ---
                    """)
        case .wrongType:
            Explanation(
                summary: "A field holds the wrong kind of value.",
                details: """
                    Each field expects one shape of value: text for `title` and `owner`, a list for \
                    `okrs`, `depends_on` and `tags`, a mapping for `rice`, a number for a key \
                    result's `baseline`, `target` and `current`. A comma-separated string where a \
                    list belongs, or a number written with its unit, cannot be read safely, so it is \
                    reported rather than guessed at. Write lists as `[a, b]` or one `- item` per \
                    line, and put units in `unit`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    depends_on: card-vault, checkout-v2
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    depends_on: [card-vault, checkout-v2]
                    ---
                    """)
        case .unknownKey:
            Explanation(
                summary: "The front matter has a key the format does not define.",
                details: """
                    Unknown keys are kept (templates and JSON output can use them), but most are \
                    typos such as `depend_on`, `okr` or `tag` that silently drop the value the \
                    author meant to set. The message suggests the closest known key. Fix the \
                    spelling; if the key is deliberate custom metadata, silence the rule with \
                    `rules: { unknown-key: off }` in `roadmap.yml`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    depend_on: [card-vault]
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    depends_on: [card-vault]
                    ---
                    """)

        // MARK: RM3xx values
        case .unknownStatus:
            Explanation(
                summary: "The status is not one of the workflow's statuses.",
                details: """
                    Statuses come from `statuses` in `roadmap.yml` (by default idea, discovery, \
                    planned, in-progress, shipped, dropped). Boards, timelines and coverage checks \
                    group PRDs by status, so a misspelt or retired status would drop the \
                    PRD from all of them. Use one of the listed statuses, spelled exactly (they \
                    are case-sensitive), or add the new status to the workflow.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    status: In Progress
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    status: in-progress
                    ---
                    """)
        case .invalidDate:
            Explanation(
                summary: "A date is not a real calendar day written `YYYY-MM-DD`.",
                details: """
                    `start` and `due` are ISO 8601 calendar dates: a four-digit year, a two-digit \
                    month and day, and a day that exists (`2026-02-30` and `2026-13-01` do not). \
                    Dates carry no time or time zone, and other spellings (`07/06/2026`, \
                    `6 July 2026`) are rejected rather than read differently on different machines. \
                    Write the intended day as `2026-07-06`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    due: 2026-09-31
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    due: 2026-09-30
                    ---
                    """)
        case .invalidQuarter:
            Explanation(
                summary: "A quarter is not written `YYYY-Qn` with n from 1 to 4.",
                details: """
                    A PRD's `quarter` and an objective's `period` name a calendar quarter: \
                    `2026-Q3` is July to September 2026. Other spellings (`Q3 2026`, `2026Q3`) \
                    and impossible quarters (`2026-Q5`) cannot be placed on the timeline. Write the \
                    year, a dash, `Q` and the quarter number; if the work has no firm quarter yet, \
                    use `horizon` instead.
                    """,
                bad: """
                    ---
                    id: usage-billing
                    quarter: 2026-Q5
                    ---
                    """,
                fixed: """
                    ---
                    id: usage-billing
                    quarter: 2027-Q1
                    ---
                    """)
        case .dueBeforeStart:
            Explanation(
                summary: "The `due` date is earlier than the `start` date.",
                details: """
                    A PRD's work runs from `start` to `due`, and the timeline draws it as a bar \
                    between the two. A due date before the start is nearly always a typo in the \
                    month or year, or a start that was moved without moving the due date. Correct \
                    whichever date is wrong; one-day work has `due` equal to `start`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    start: 2026-08-03
                    due: 2026-07-31
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    start: 2026-08-03
                    due: 2026-09-30
                    ---
                    """)
        case .invalidHorizon:
            Explanation(
                summary: "The horizon is not `now`, `next` or `later`.",
                details: """
                    `horizon` places work without a committed quarter in one of three buckets: \
                    `now` (being worked on), `next` (up after the current work) and `later` \
                    (wanted, not scheduled). Any other value cannot be placed on the board. Use one \
                    of the three, in lower case, or give the PRD a `quarter` instead.
                    """,
                bad: """
                    ---
                    id: usage-billing
                    horizon: soon
                    ---
                    """,
                fixed: """
                    ---
                    id: usage-billing
                    horizon: next
                    ---
                    """)
        case .invalidVisibility:
            Explanation(
                summary: "The visibility is not `public`, `internal` or `confidential`.",
                details: """
                    `visibility` says who may see a PRD or an objective: `public` (anyone), \
                    `internal` (the company; what an item without `visibility` has) or \
                    `confidential` (the team only). The `audiences` of `roadmap.yml` name the \
                    visibilities each of them is shown; an item with any other value could not be \
                    placed, so it is kept internal. Use one of the three, in lower case.
                    """,
                bad: """
                    ---
                    id: usage-billing
                    visibility: secret
                    ---
                    """,
                fixed: """
                    ---
                    id: usage-billing
                    visibility: confidential
                    ---
                    """)
        case .quarterAndHorizon:
            Explanation(
                summary: "The PRD sets both `quarter` and `horizon`.",
                details: """
                    `quarter` commits the work to a calendar quarter; `horizon` is for work that \
                    has no quarter yet. With both, readers cannot tell which one is the plan. Once \
                    the work is scheduled, delete `horizon`; if the quarter was only a guess, delete \
                    `quarter`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    quarter: 2026-Q3
                    horizon: next
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    quarter: 2026-Q3
                    ---
                    """)
        case .disallowedTransition:
            Explanation(
                summary: "A PRD's status changed in a way the workflow's `transitions` do not allow.",
                details: """
                    `transitions` in roadmap.yml lists, for a status, the statuses a PRD may move \
                    to from it; a status not listed may move anywhere. `roadmap check --staged` \
                    compares each staged PRD with the last commit, `roadmap check --history` every \
                    commit with its parent, and `roadmap move` refuses such a move. Move the PRD \
                    through the statuses in between, or change `transitions` if the workflow has \
                    changed.
                    """,
                bad: """
                    # roadmap.yml: transitions: { idea: [discovery, dropped] }
                    # committed: status: idea
                    status: shipped
                    """,
                fixed: """
                    # roadmap.yml: transitions: { idea: [discovery, dropped] }
                    # committed: status: idea
                    status: discovery
                    """)
        case .fieldRequiredByStatus:
            Explanation(
                summary: "A PRD lacks a field that its status requires.",
                details: """
                    `requires` in roadmap.yml names, for a status, fields a PRD in that status must \
                    have: an owner and a start date once work is in progress, a due date once it \
                    is planned. Add the field, or with `roadmap move ID STATUS --set FIELD=VALUE` \
                    give it in the same edit as the status.
                    """,
                bad: """
                    # roadmap.yml: requires: { in-progress: [owner, start] }
                    status: in-progress
                    owner: Sam Lee
                    """,
                fixed: """
                    # roadmap.yml: requires: { in-progress: [owner, start] }
                    status: in-progress
                    owner: Sam Lee
                    start: 2026-07-06
                    """)

        case .overdue:
            Explanation(
                summary: "A PRD that is not done has a `due` date that has passed.",
                details: """
                    A `due` date in the past on work that is neither shipped nor dropped (not in \
                    `done_statuses`) means the plan no longer says what will happen. Move `due` to \
                    the day the work will really be done, or set the status the work has reached. \
                    "Today" is `--today YYYY-MM-DD` when given, else the `--at` day, else the day of \
                    `SOURCE_DATE_EPOCH`, else the clock's day in UTC; the stale check measures from \
                    the same day.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    status: in-progress
                    due: 2026-03-31        # checked on 2026-05-04
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    status: in-progress
                    due: 2026-06-30
                    ---
                    """)
        case .zeroRICEInput:
            Explanation(
                summary: "A RICE input is zero, the placeholder of the template, so the score is zero.",
                details: """
                    `roadmap new` writes `reach: 0` so that a new PRD ranks last until someone \
                    estimates it; a reach or confidence of zero gives a score of zero, whatever the \
                    other inputs say. Replace the zero with an estimate: how many people or events \
                    the work reaches per quarter, and how sure you are of the estimates.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    rice: { reach: 0, impact: 1, confidence: 50%, effort: 1 }
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    rice: { reach: 4000, impact: 1, confidence: 50%, effort: 1 }
                    ---
                    """)

        // MARK: RM4xx ids
        case .invalidID:
            Explanation(
                summary: "The id is not made of lower-case letters, digits and dashes.",
                details: """
                    Ids appear in references between files (`okrs`, `depends_on`), in the site's \
                    URLs and in output file names, so they must match `[a-z0-9][a-z0-9-]*` (at \
                    most 100 characters): no capitals, spaces, underscores, dots or slashes, and no \
                    leading dash. Key-result ids follow the same rule. Rename the id, \
                    conventionally to the file name without `.md`, and update the references to it.
                    """,
                bad: """
                    ---
                    id: Saved_Cards
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    ---
                    """)
        case .duplicateID:
            Explanation(
                summary: "Two files declare the same id.",
                details: """
                    Ids must be unique across the whole roadmap so that every reference resolves to \
                    exactly one item. A repeat usually means a PRD was copied as a template without \
                    changing its id, or moved to another folder while the old copy stayed. The note \
                    points at the other definition. Give one file a new id and update references, \
                    or delete the stale copy.
                    """,
                bad: """
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    ---
                    ---
                    # prds/growth/one-click-checkout.md, copied from saved-cards.md
                    id: saved-cards
                    ---
                    """,
                fixed: """
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    ---
                    ---
                    # prds/growth/one-click-checkout.md
                    id: one-click-checkout
                    ---
                    """)
        case .idCollision:
            Explanation(
                summary: "A PRD and an objective have the same id.",
                details: """
                    PRDs and objectives share one namespace: the site gives each item a page named \
                    after its id, and a shared id makes references ambiguous. Rename one of them. A \
                    handy convention is an outcome phrase for objectives (`grow-self-serve`) and a \
                    deliverable for PRDs (`self-serve-signup`).
                    """,
                bad: """
                    ---
                    # okrs/self-serve.md
                    id: self-serve
                    ---
                    ---
                    # prds/growth/self-serve.md
                    id: self-serve
                    ---
                    """,
                fixed: """
                    ---
                    # okrs/self-serve.md
                    id: grow-self-serve
                    ---
                    ---
                    # prds/growth/self-serve.md
                    id: self-serve-signup
                    ---
                    """)
        case .duplicateKeyResultID:
            Explanation(
                summary: "Two key results of one objective have the same id.",
                details: """
                    PRDs point at a key result as `objective/kr`, so key-result ids must be unique \
                    within their objective (different objectives may each have a `kr1`). With a \
                    repeat, a reference could mean either result and progress would be credited to \
                    the wrong one. Number the key results without repeats and check the `okrs` of \
                    PRDs that pointed at the renamed one.
                    """,
                bad: """
                    ---
                    id: faster-checkout
                    key_results:
                      - { id: kr1, title: Checkout p95 latency, baseline: 900, target: 300, unit: ms }
                      - { id: kr1, title: Checkout conversion, baseline: 61, target: 68, unit: "%" }
                    ---
                    """,
                fixed: """
                    ---
                    id: faster-checkout
                    key_results:
                      - { id: kr1, title: Checkout p95 latency, baseline: 900, target: 300, unit: ms }
                      - { id: kr2, title: Checkout conversion, baseline: 61, target: 68, unit: "%" }
                    ---
                    """)

        // MARK: RM5xx links
        case .unknownOKR:
            Explanation(
                summary: "An `okrs` entry names an objective or key result that does not exist.",
                details: """
                    Each entry of a PRD's `okrs` is an objective id (`faster-checkout`) or an \
                    objective id and one of its key-result ids (`faster-checkout/kr2`). A reference \
                    that resolves to nothing loses the PRD's contribution from coverage and \
                    progress. The message suggests the closest existing id: fix the spelling, or \
                    point at the current objective if the old one was renamed or retired.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    okrs: [faster-checkout/kr4]   # the objective has kr1 to kr3
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    okrs: [faster-checkout/kr2]
                    ---
                    """)
        case .okrLinkToPRD:
            Explanation(
                summary: "An `okrs` entry names a PRD instead of an objective.",
                details: """
                    `okrs` records the outcomes a PRD moves, and PRDs are not outcomes. If this PRD \
                    needs the other one to ship first, that is a dependency: move the id to \
                    `depends_on`. Otherwise name the objective or key result the work moves.
                    """,
                bad: """
                    ---
                    id: one-click-checkout
                    okrs: [saved-cards]
                    ---
                    """,
                fixed: """
                    ---
                    id: one-click-checkout
                    okrs: [faster-checkout/kr2]
                    depends_on: [saved-cards]
                    ---
                    """)
        case .unknownDependency:
            Explanation(
                summary: "A `depends_on` entry names a PRD that does not exist.",
                details: """
                    Dependencies order the work and draw the arrows of the roadmap; an entry that \
                    resolves to nothing hides a real ordering constraint. Usually the PRD was \
                    renamed, deleted or never written. Fix the id (the message suggests the closest \
                    one), write the missing PRD, even as an `idea`, or delete the entry if the \
                    dependency is gone.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    depends_on: [card-valut]
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    depends_on: [card-vault]
                    ---
                    """)
        case .dependencyOnObjective:
            Explanation(
                summary: "A `depends_on` entry names an objective instead of a PRD.",
                details: """
                    A PRD can only wait for other work, and objectives are outcomes, not \
                    deliverables. If the PRD contributes to the objective, move the id to `okrs`; \
                    if it needs something built first, depend on the PRD that builds it.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    depends_on: [faster-checkout]
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    okrs: [faster-checkout]
                    ---
                    """)
        case .selfDependency:
            Explanation(
                summary: "A PRD lists itself in `depends_on`.",
                details: """
                    A PRD that depends on itself could never start. This is almost always a \
                    copy-and-paste slip after a file was used as a template. Remove the entry, or \
                    replace it with the PRD that was meant.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    depends_on: [saved-cards]
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    depends_on: [card-vault]
                    ---
                    """)
        case .dependencyCycle:
            Explanation(
                summary: "PRDs depend on each other in a cycle.",
                details: """
                    When A depends on B and B, directly or through others, depends on A, none of \
                    them can start first and the roadmap cannot order them. The notes list every \
                    hop of the cycle. Decide which piece really comes first and remove the \
                    dependency that points back to it; if the PRDs are one piece of work, merge \
                    them.
                    """,
                bad: """
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    depends_on: [card-vault]
                    ---
                    ---
                    # prds/platform/card-vault.md
                    id: card-vault
                    depends_on: [saved-cards]
                    ---
                    """,
                fixed: """
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    depends_on: [card-vault]
                    ---
                    ---
                    # prds/platform/card-vault.md
                    id: card-vault
                    depends_on: []
                    ---
                    """)
        case .brokenRelativeLink:
            Explanation(
                summary: "A relative link in the body points to a file that does not exist.",
                details: """
                    Relative links are resolved from the folder of the file that contains them, as \
                    GitHub and the generated site resolve them. A link to nothing is a dead end for \
                    readers, usually because the target was moved or renamed or the path has the \
                    wrong number of `../`. Fix the path relative to the linking file. Links with a \
                    scheme (`https:`, `mailto:`) and links to a heading alone (`#risks`) are not \
                    checked.
                    """,
                bad: """
                    # prds/growth/one-click-checkout.md
                    Builds on [saved cards](payments/saved-cards.md).
                    """,
                fixed: """
                    # prds/growth/one-click-checkout.md
                    Builds on [saved cards](../payments/saved-cards.md).
                    """)

        case .referenceToUnreadableFile:
            Explanation(
                summary: "A reference names an id whose file could not be read, so it cannot be checked.",
                details: """
                    The file that declares the id has an error that stops it being read (invalid \
                    YAML, no front matter, a merge conflict). The reference may well be right: the \
                    id is taken from the file's `id:` line or its name. The same holds for a key \
                    result whose id is not valid (`id: KR1`). Fix the first error of that file, shown \
                    in the note; this warning then goes away or becomes a precise one.
                    """,
                bad: """
                    # prds/checkout/one-page.md: `depends_on: [saved-cards]`
                    # prds/payments/saved-cards.md
                    ---
                    id: saved-cards
                    title: "Saved" cards
                    ---
                    """,
                fixed: """
                    # prds/payments/saved-cards.md
                    ---
                    id: saved-cards
                    title: '"Saved" cards'
                    ---
                    """)
        case .wipLimitExceeded:
            Explanation(
                summary: "More PRDs are in a status than its work-in-progress limit allows.",
                details: """
                    `wip_limits` in `roadmap.yml` caps how many PRDs may be in a status at once, \
                    the Kanban way of keeping work flowing: a team that starts everything finishes \
                    nothing. When a status holds more PRDs than its limit, `check` warns at the \
                    limit and names the PRDs, and the board marks the column. Finish or move work \
                    out of the status before starting more, or raise the limit if the team has grown.
                    """,
                bad: """
                    # roadmap.yml
                    wip_limits: {in-progress: 2}
                    # ...while three PRDs have status: in-progress
                    """,
                fixed: """
                    # roadmap.yml
                    wip_limits: {in-progress: 3}
                    # ...or move one of the three back to planned
                    """)
        case .dependencyDueLater:
            Explanation(
                summary: "A PRD depends on work that is due after it starts, or after it is due itself.",
                details: """
                    `depends_on` says this PRD needs the other one done first. When the other is due \
                    after this one starts (or, without a `start`, after this one is due), the plan \
                    cannot hold: move this PRD's dates later, bring the dependency's `due` forward, \
                    or remove the dependency if the work can begin without it. Dependencies that are \
                    already done are not checked. The site's Dependencies page and `roadmap graph` \
                    draw these dependencies red and dashed.
                    """,
                bad: """
                    # prds/checkout/one-page.md
                    ---
                    id: one-page
                    start: 2026-07-01
                    depends_on: [saved-cards]   # saved-cards is due 2026-09-30
                    ---
                    """,
                fixed: """
                    # prds/checkout/one-page.md
                    ---
                    id: one-page
                    start: 2026-10-01
                    depends_on: [saved-cards]
                    ---
                    """)

        // MARK: RM6xx RICE and key results
        case .riceOutOfRange:
            Explanation(
                summary: "A RICE input is outside its allowed range.",
                details: """
                    RICE scores are comparable only when everyone uses the same scales: `reach` is \
                    people or events per quarter (0 or more); `impact` is 3 (massive), 2 (high), \
                    1 (medium), 0.5 (low) or 0.25 (minimal); `confidence` is a percentage from 0% \
                    to 100% or a fraction from 0 to 1; `effort` is person-months, more than 0. An \
                    impact of 5, a confidence of 120% or zero effort would make the score \
                    meaningless or divide by zero. Bring the value onto its scale.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    rice: { reach: 12000, impact: 5, confidence: 80%, effort: 0 }
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    rice: { reach: 12000, impact: 3, confidence: 80%, effort: 0.5 }
                    ---
                    """)
        case .riceIncomplete:
            Explanation(
                summary: "The `rice` mapping lacks one of reach, impact, confidence or effort.",
                details: """
                    The score is reach × impact × confidence ÷ effort: it cannot be computed \
                    without all four inputs, and a partial estimate would rank the PRD arbitrarily. \
                    Fill in the missing input (a rough number with a low confidence beats none), or \
                    remove `rice` until there is an estimate.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    rice: { reach: 12000, impact: 2, effort: 3 }
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    rice: { reach: 12000, impact: 2, confidence: 50%, effort: 3 }
                    ---
                    """)
        case .targetEqualsBaseline:
            Explanation(
                summary: "A key result's target equals its baseline.",
                details: """
                    Progress is the distance travelled from baseline towards target, so a target \
                    equal to the baseline sets no goal and progress cannot be computed. Set the \
                    value the key result aims for. It may be below the baseline for metrics that \
                    should fall, such as latency or churn.
                    """,
                bad: """
                    ---
                    id: faster-checkout
                    key_results:
                      - { id: kr1, title: Checkout p95 latency, baseline: 900, target: 900, unit: ms }
                    ---
                    """,
                fixed: """
                    ---
                    id: faster-checkout
                    key_results:
                      - { id: kr1, title: Checkout p95 latency, baseline: 900, target: 300, unit: ms }
                    ---
                    """)
        case .missingRICE:
            Explanation(
                summary: "A PRD that is not done has no RICE estimate.",
                details: """
                    PRDs whose status is not in `done_statuses` (by default, neither shipped nor \
                    dropped) compete for the same people, and the backlog ranks them by RICE score; \
                    one without RICE sinks to the bottom whatever its merit. Add a `rice` mapping \
                    with its four inputs. Teams that do not prioritise with RICE can turn the rule \
                    off with `rules: { RM604: off }`.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    status: planned
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    status: planned
                    rice: { reach: 12000, impact: 2, confidence: 80%, effort: 3 }
                    ---
                    """)
        case .scoreInputOutOfRange:
            Explanation(
                summary: "An input of a custom score is outside the range `roadmap.yml` declares for it.",
                details: """
                    A custom score declared under `scores` in `roadmap.yml` gives each of its inputs \
                    a range, like `job_size: [1, 13]`. Scores are comparable only when every PRD \
                    uses the same scales, and the ranges are what rules out a division by zero, so \
                    a value outside its range gives the PRD no score. Bring the value into the \
                    range, or widen the range in `roadmap.yml` if the scale really is larger.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    wsjf: { business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 0 }
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    wsjf: { business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5 }
                    ---
                    """)
        case .scoreIncomplete:
            Explanation(
                summary: "A PRD's mapping for a custom score lacks some of the score's inputs.",
                details: """
                    The score is computed from every input its formula declares in `roadmap.yml`; \
                    without one of them it cannot be computed, and the PRD sorts after every PRD \
                    that has the score. Give the missing inputs (a rough estimate beats none), or \
                    remove the mapping until there is an estimate. The message names the missing \
                    inputs.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    wsjf: { business_value: 8, job_size: 5 }
                    ---
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    wsjf: { business_value: 8, time_criticality: 5, risk_reduction: 3, job_size: 5 }
                    ---
                    """)

        case .keyResultConfidenceOutOfRange:
            Explanation(
                summary: "A key result's `confidence` is outside 0 to 10.",
                details: """
                    `confidence` says how sure the key result's owner is, at the last check-in, \
                    that the target will be reached: 0 is not at all, 10 is certain (the usual OKR \
                    check-in scale). Every commit that changes it is a check-in that `roadmap \
                    build` charts. A value outside the scale is ignored; write a number from 0 to \
                    10, with `note:` beside it for the reason.
                    """,
                bad: """
                    key_results:
                      - { id: kr1, title: NPS from 20 to 40, baseline: 20, target: 40, current: 27, confidence: 70 }
                    """,
                fixed: """
                    key_results:
                      - { id: kr1, title: NPS from 20 to 40, baseline: 20, target: 40, current: 27, confidence: 7 }
                    """)

        // MARK: RM7xx bodies
        case .missingSection:
            Explanation(
                summary: "The PRD body lacks a section that `roadmap.yml` requires.",
                details: """
                    `required_sections` lists the headings every PRD must have, such as `Problem` \
                    and `Success metrics`, so that each spec answers the same questions before it \
                    is reviewed. Each must be a level-2 heading (`## Problem`) with the configured \
                    text. Add the section with real content, or update `required_sections` if the \
                    team's template has changed.
                    """,
                bad: """
                    ---
                    id: saved-cards
                    ---
                    ## Problem
                    Returning buyers retype their card on every invoice.
                    """,
                fixed: """
                    ---
                    id: saved-cards
                    ---
                    ## Problem
                    Returning buyers retype their card on every invoice.

                    ## Success metrics
                    - 40% of repeat payments use a saved card within 60 days.
                    """)

        case .templatePrompt:
            Explanation(
                summary: "A PRD or objective still holds a prompt of its template.",
                details: """
                    `roadmap new` writes each section with a prompt in italics (`_Who has this \
                    problem, how do we know, and what does it cost them today?_`) and an objective \
                    with a placeholder key result. A prompt left in means the question was not \
                    answered yet. Replace the prompt with the answer, or delete the section if the \
                    roadmap does not require it.
                    """,
                bad: """
                    ## Problem

                    _Who has this problem, how do we know, and what does it cost them today?_
                    """,
                fixed: """
                    ## Problem

                    Returning buyers retype their card on every invoice; 30% abandon at that step.
                    """)

        // MARK: RM8xx roadmap.yml
        case .invalidConfig:
            Explanation(
                summary: "A value in `roadmap.yml` is not valid.",
                details: """
                    Every key of `roadmap.yml` is optional, but a key that is present must be well \
                    formed: text for `title`, `base_url`, `prds` and `okrs`; a non-empty list of \
                    distinct statuses for `statuses`; statuses of the workflow in `active_statuses` \
                    and `done_statuses`; a list of headings for `required_sections`; known codes or \
                    names mapped to `error`, `warning` or `off` in `rules`; a positive number of \
                    bytes for `max_file_size`. The message names the key: fix its value, or delete \
                    it to get the default.
                    """,
                bad: """
                    statuses: idea, planned, shipped
                    rules:
                      RM999: off
                    """,
                fixed: """
                    statuses: [idea, planned, shipped]
                    rules:
                      RM604: off
                    """)
        case .missingFolder:
            Explanation(
                summary: "A folder named in `roadmap.yml` does not exist.",
                details: """
                    `prds` and `okrs` name the folders, relative to `roadmap.yml`, that are searched \
                    for PRDs and objectives (`prds` and `okrs` by default). A missing folder leaves \
                    the roadmap without PRDs or without objectives, usually because of a typo \
                    or a folder renamed without updating the configuration. Fix the path, or create \
                    the folder.
                    """,
                bad: """
                    # roadmap.yml; the repository has specs/ and okrs/
                    prds: prd
                    okrs: okrs
                    """,
                fixed: """
                    # roadmap.yml
                    prds: specs
                    okrs: okrs
                    """)
        case .scoreFormulaSyntax:
            Explanation(
                summary: "The formula of a custom score in `roadmap.yml` cannot be parsed.",
                details: """
                    A score's `formula` is arithmetic over its inputs: numbers, input names, \
                    `+ - * /`, parentheses, unary minus, and the functions `min(...)` and \
                    `max(...)`. The diagnostic points at the first token that does not fit, inside \
                    the formula text. Until the formula parses, the score has no value on any PRD \
                    (its inputs are still checked).
                    """,
                bad: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: (business_value + time_criticality / job_size
                        inputs: { business_value: [1, 10], time_criticality: [1, 10], job_size: [1, 13] }
                    """,
                fixed: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: (business_value + time_criticality) / job_size
                        inputs: { business_value: [1, 10], time_criticality: [1, 10], job_size: [1, 13] }
                    """)
        case .unknownScoreInput:
            Explanation(
                summary: "A score's formula names an input that its `inputs` do not declare.",
                details: """
                    Every name in a formula must be one of the score's `inputs`, each with its \
                    range: the range is what PRDs are checked against and what proves the formula \
                    never divides by zero. A name not declared is usually a typo (the help \
                    suggests the closest input) or an input forgotten in `inputs`.
                    """,
                bad: """
                    # roadmap.yml
                    scores:
                      ice:
                        formula: impact * confidence * eaze
                        inputs: { impact: [1, 10], confidence: [1, 10], ease: [1, 10] }
                    """,
                fixed: """
                    # roadmap.yml
                    scores:
                      ice:
                        formula: impact * confidence * ease
                        inputs: { impact: [1, 10], confidence: [1, 10], ease: [1, 10] }
                    """)
        case .scoreDivisionByZero:
            Explanation(
                summary: "A score's formula can divide by zero for inputs within their declared ranges.",
                details: """
                    The compiler works out the values each divisor can take from the ranges of the \
                    inputs (interval arithmetic, each input independently) and reports a divisor \
                    whose values include 0: some PRD within the ranges would get no score. Raise \
                    the lower bound of the input (a job size of at least 1), or add a constant to \
                    the divisor. The check is cautious: a divisor like `size - size + 1` is \
                    reported although it is never 0; write it more simply.
                    """,
                bad: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: value / job_size
                        inputs: { value: [1, 10], job_size: [0, 13] }
                    """,
                fixed: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: value / job_size
                        inputs: { value: [1, 10], job_size: [1, 13] }
                    """)
        case .invalidScoreName:
            Explanation(
                summary: "A custom score's name is taken or cannot be used as a front-matter key.",
                details: """
                    A score's name is the key PRDs give its inputs under, the value of \
                    `roadmap list --sort` and part of a page's address (`backlog/NAME.html`). It \
                    must be lower-case letters, digits, `_` or `-`, starting with a letter, and \
                    must not be a field a PRD already has (`rice`, `status`, `team`, ...) or \
                    `index`, the backlog's own page. Rename the score.
                    """,
                bad: """
                    # roadmap.yml
                    scores:
                      status:
                        formula: value / size
                        inputs: { value: [1, 10], size: [1, 10] }
                    """,
                fixed: """
                    # roadmap.yml
                    scores:
                      value-per-size:
                        formula: value / size
                        inputs: { value: [1, 10], size: [1, 10] }
                    """)
        case .invalidScoreInput:
            Explanation(
                summary: "An input of a custom score is not a name with a range of two numbers, lowest first.",
                details: """
                    Each entry of a score's `inputs` maps an input name (letters, digits and `_`, \
                    not starting with a digit, so a formula can use it) to its range: a list of \
                    two numbers, the lowest and the highest value a PRD may give, like \
                    `job_size: [1, 13]`. A single number, a list of another length, text, or a \
                    lowest value above the highest are reported here.
                    """,
                bad: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: value / job_size
                        inputs: { value: [10, 1], job_size: 13 }
                    """,
                fixed: """
                    # roadmap.yml
                    scores:
                      wsjf:
                        formula: value / job_size
                        inputs: { value: [1, 10], job_size: [1, 13] }
                    """)
        case .invalidCapacity:
            Explanation(
                summary: "An entry of `capacity` in `roadmap.yml` is not a quarter with a non-negative number of person-months.",
                details: """
                    `capacity` maps each team to its quarters, and each quarter (written \
                    `YYYY-Qn`) to the person-months the team can spend in it: \
                    `capacity: { payments: { 2026-Q3: 12 } }`. A quarter written another way, a \
                    negative or non-numeric figure, or a team whose value is not a mapping of \
                    quarters is reported here and left out of the capacity page and checks.
                    """,
                bad: """
                    # roadmap.yml
                    capacity:
                      payments: { 2026-Q5: 12, 2026-Q4: -3 }
                    """,
                fixed: """
                    # roadmap.yml
                    capacity:
                      payments: { 2026-Q3: 12, 2026-Q4: 3 }
                    """)
        case .unknownCapacityTeam:
            Explanation(
                summary: "`capacity` names a team that no PRD belongs to.",
                details: """
                    Capacity is compared with the effort of the PRDs whose `team` is the same \
                    text. A team in `capacity` that no PRD names is usually a typo or a team \
                    renamed in the PRDs only; its capacity would show as unused. Fix the name \
                    (the help suggests the closest team), or remove the entry.
                    """,
                bad: """
                    # roadmap.yml; the PRDs say `team: payments`
                    capacity:
                      paymnets: { 2026-Q3: 12 }
                    """,
                fixed: """
                    # roadmap.yml
                    capacity:
                      payments: { 2026-Q3: 12 }
                    """)
        case .overCapacity:
            Explanation(
                summary: "A team has more effort committed in a quarter than its capacity.",
                details: """
                    Each PRD commits its RICE `effort` (person-months) to its team: spread over \
                    its `start`..`due` days by how many fall in each quarter, or all to its \
                    `quarter` when it has no dates, or to the quarter of its only date. Shipped \
                    work still counts (it used the capacity); dropped work does not; PRDs without \
                    effort are listed as unknown on the capacity page. When the sum for a quarter \
                    is above the team's `capacity`, the plan cannot all happen: move work to a \
                    later quarter, cut scope, or raise the capacity if the team grew. The message \
                    lists the largest shares first.
                    """,
                bad: """
                    # roadmap.yml; payments' PRDs in 2026-Q3 add up to 15 person-months
                    capacity:
                      payments: { 2026-Q3: 12 }
                    """,
                fixed: """
                    # roadmap.yml; one PRD moved to 2026-Q4
                    capacity:
                      payments: { 2026-Q3: 12, 2026-Q4: 10 }
                    """)

        case .invalidAudience:
            Explanation(
                summary: "An entry of `audiences` in `roadmap.yml` cannot be read.",
                details: """
                    Each audience maps its name to `show` (the visibilities it sees: public, \
                    internal, confidential), `hide_fields` (front-matter fields cleared), \
                    `drop_sections` (H2 headings removed from bodies) and `say_hidden` (whether \
                    pages may say how many items are not shown; false unless given). A key other \
                    than these, a visibility that is not one of the three, a value of the wrong \
                    shape or a name that is not lower-case letters, digits and hyphens is \
                    reported; an audience with a mistake is left out, so `--audience` cannot \
                    build a site that shows more than was meant.
                    """,
                bad: """
                    # roadmap.yml
                    audiences:
                      public: { show: [publik], hide_fields: owner }
                    """,
                fixed: """
                    # roadmap.yml
                    audiences:
                      public: { show: [public], hide_fields: [owner] }
                    """)
        case .unknownHiddenField:
            Explanation(
                summary: "`hide_fields` names a field no PRD or objective can have or has.",
                details: """
                    An audience's `hide_fields` lists front-matter fields to clear before the \
                    roadmap is shown to it: owner, team, rice (every RICE input and the score), \
                    scores (every custom score), tags, start, due, the name of a custom score, or \
                    a field the format does not define that some file has. A name that is none of \
                    these is most likely a typo, and the field it meant would be shown: fix it. \
                    `id`, `title`, `status` and the other fields that place an item cannot be \
                    hidden; hide the item with `visibility` instead.
                    """,
                bad: """
                    # roadmap.yml
                    audiences:
                      public: { show: [public], hide_fields: [ownr] }
                    """,
                fixed: """
                    # roadmap.yml
                    audiences:
                      public: { show: [public], hide_fields: [owner] }
                    """)
        case .unknownDroppedSection:
            Explanation(
                summary: "`drop_sections` names a heading no body has.",
                details: """
                    An audience's `drop_sections` lists H2 headings (compared without case) that \
                    are removed, with everything under them up to the next H2, from the bodies it \
                    is shown. A heading no PRD or objective has removes nothing: it is usually a \
                    typo, or a section renamed in the files only, and the text it was meant to \
                    keep back would be shown under its new name. Fix the heading, or remove the \
                    entry.
                    """,
                bad: """
                    # roadmap.yml; the PRDs have `## Internal notes`
                    audiences:
                      public: { show: [public], drop_sections: [Internal note] }
                    """,
                fixed: """
                    # roadmap.yml
                    audiences:
                      public: { show: [public], drop_sections: [Internal notes] }
                    """)

        case .invalidPortfolio:
            Explanation(
                summary: "An entry of `portfolio` in `roadmap.yml` cannot be read.",
                details: """
                    `portfolio` lists the other roadmaps this one gathers, each a mapping of \
                    `name` (how this roadmap's files address its items: `payments:saved-cards`; \
                    lower-case letters, digits and hyphens, unique), `repo` (a path relative to \
                    this roadmap or a `file://` URL), `ref` (the branch, tag or commit a new pin \
                    is taken from; HEAD when left out) and `path` (the roadmap's folder inside \
                    that repository; the top when left out). An entry with a mistake is left \
                    out, and references to it are reported as unknown sources.
                    """,
                bad: """
                    # roadmap.yml
                    portfolio:
                      - {name: Payments, repo: ../payments, branch: main}
                    """,
                fixed: """
                    # roadmap.yml
                    portfolio:
                      - {name: payments, repo: ../payments, ref: main}
                    """)
        case .unavailableSource:
            Explanation(
                summary: "A source of the portfolio cannot be read at its pinned commit.",
                details: """
                    Each source is read at the commit `roadmap.lock` records for it (taken from \
                    its `ref` when the lock has none). When the repository cannot be opened, the \
                    ref or the locked commit does not exist there, or the roadmap's folder is \
                    missing at that commit, the source is reported and the other sources are \
                    still checked. Fix the entry in `roadmap.yml`, fetch the missing commit into \
                    the repository, or run `roadmap portfolio update NAME` to pin a commit that \
                    exists; `roadmap check --allow-missing` reports it as a warning instead.
                    """,
                bad: """
                    # roadmap.yml; ../payments has no branch `mian`
                    portfolio:
                      - {name: payments, repo: ../payments, ref: mian}
                    """,
                fixed: """
                    # roadmap.yml
                    portfolio:
                      - {name: payments, repo: ../payments, ref: main}
                    """)
        case .unknownSource:
            Explanation(
                summary: "A reference names a source the portfolio does not have.",
                details: """
                    `source:id` in `depends_on` or `okrs` names an item of another roadmap of the \
                    portfolio: `platform:card-vault`, `company:grow/kr1`. The part before the \
                    colon must be the `name` of an entry of `portfolio` in the `roadmap.yml` of \
                    the portfolio being checked. A roadmap checked on its own has no sources, so \
                    its references to other roadmaps are reported with this code; a team whose \
                    own check should let them pass can write `rules: { unknown-source: warning }` \
                    and leave them to the portfolio's check.
                    """,
                bad: """
                    ---
                    # prds/saved-cards.md; the portfolio names the source `platform`
                    id: saved-cards
                    depends_on: [platfrom:card-vault]
                    ---
                    """,
                fixed: """
                    ---
                    # prds/saved-cards.md
                    id: saved-cards
                    depends_on: [platform:card-vault]
                    ---
                    """)
        case .invalidLock:
            Explanation(
                summary: "`roadmap.lock` cannot be read.",
                details: """
                    `roadmap.lock` records, per source of the portfolio, the repository, ref and \
                    folder it was pinned from and the full commit id it is read at. `roadmap` \
                    writes it; a hand edit or a merge can leave a line that is not such an \
                    entry. A broken entry is reported and its source is pinned again from its \
                    `ref`, as if the lock had no entry for it. Resolve merge conflicts by keeping \
                    one commit per source, or delete the entry and let `roadmap check` write it.
                    """,
                bad: """
                    # roadmap.lock
                    payments: { repo: "../payments", ref: "main", path: ".", commit: "12ab" }
                    """,
                fixed: """
                    # roadmap.lock
                    payments: { repo: "../payments", ref: "main", path: ".", commit: "12ab34cd56ef12ab34cd56ef12ab34cd56ef12ab" }
                    """)

        // MARK: RM9xx coverage
        case .uncoveredKeyResult:
            Explanation(
                summary: "No PRD moves this key result.",
                details: """
                    A key result is an outcome the team committed to; if no PRD names it in `okrs`, \
                    there is no planned work behind it, and either the work is missing from the \
                    roadmap or the result will not be met. Add `objective/kr` to the `okrs` of the \
                    PRDs that move it, write a PRD for the missing work, or drop the key result.
                    """,
                bad: """
                    ---
                    # okrs/faster-checkout.md: kr1 and kr2
                    id: faster-checkout
                    ---
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    okrs: [faster-checkout/kr1]
                    ---
                    """,
                fixed: """
                    ---
                    # okrs/faster-checkout.md: kr1 and kr2
                    id: faster-checkout
                    ---
                    ---
                    # prds/payments/saved-cards.md
                    id: saved-cards
                    okrs: [faster-checkout/kr1, faster-checkout/kr2]
                    ---
                    """)
        case .uncoveredObjective:
            Explanation(
                summary: "No PRD moves this objective or any of its key results.",
                details: """
                    An objective that no PRD names, neither directly nor through one of its key \
                    results, has no work planned towards it. Either the roadmap is missing the \
                    work, or the objective is no longer a priority and should be retired. Link the \
                    PRDs that serve it in their `okrs`, or write them.
                    """,
                bad: """
                    ---
                    # okrs/reduce-churn.md
                    id: reduce-churn
                    ---
                    ---
                    # prds/growth/dunning-emails.md
                    id: dunning-emails
                    okrs: []
                    ---
                    """,
                fixed: """
                    ---
                    # okrs/reduce-churn.md
                    id: reduce-churn
                    ---
                    ---
                    # prds/growth/dunning-emails.md
                    id: dunning-emails
                    okrs: [reduce-churn/kr1]
                    ---
                    """)
        case .orphanFeature:
            Explanation(
                summary: "An active PRD moves no objective or key result.",
                details: """
                    PRDs in `active_statuses` (by default planned and in-progress) are taking or \
                    about to take the team's time. One that names nothing in `okrs` is either work \
                    the OKRs forgot or work that does not serve the current goals. Link the \
                    objective or key result it moves, or move it back to an earlier status until it \
                    earns its place. Roadmaps can make this an error with \
                    `rules: { orphan-feature: error }`.
                    """,
                bad: """
                    ---
                    id: dark-mode
                    status: planned
                    ---
                    """,
                fixed: """
                    ---
                    id: dark-mode
                    status: planned
                    okrs: [grow-self-serve/kr2]
                    ---
                    """)

        // MARK: RM95x history
        case .stalePRD:
            Explanation(
                summary: "A PRD has been in progress without any commit touching it for too long.",
                details: """
                    A PRD in an active status that nobody has edited for weeks is either done and \
                    not marked so, blocked, or quietly abandoned; the roadmap then promises work \
                    that is not happening. The age is counted from the last commit that changed the \
                    file to the date of the commit being checked (not the machine's clock, so the \
                    answer is the same on every machine and in CI). Update the PRD's status, or say \
                    in it what is happening. The limit is `stale_after_days` in roadmap.yml \
                    (default 60); `roadmap log ID` shows the PRD's history.
                    """,
                bad: """
                    # last commit to this file: 2026-01-10; checked at 2026-04-01
                    ---
                    id: bulk-export
                    status: in-progress
                    ---
                    """,
                fixed: """
                    # updated on 2026-03-30
                    ---
                    id: bulk-export
                    status: shipped
                    ---
                    """)
        case .repeatedSlips:
            Explanation(
                summary: "A PRD's date has slipped more times than the roadmap allows.",
                details: """
                    Each commit that moves a PRD's `due`, `quarter` or `horizon` later is a slip. One \
                    slip is normal; a PRD that keeps slipping signals an estimate nobody believes, \
                    a hidden dependency, or work that should be cut in scope. The limit is \
                    `max_slips` in roadmap.yml (default 2); `roadmap log ID` lists every slip with \
                    its commit and author. Re-plan the PRD honestly (split it, drop scope, or move \
                    it to a later horizon) rather than moving the date again.
                    """,
                bad: """
                    # roadmap log bulk-export
                    2026-02-01  due 2026-03-01 → 2026-03-15  (slip)
                    2026-03-10  due 2026-03-15 → 2026-04-15  (slip)
                    2026-04-12  due 2026-04-15 → 2026-05-30  (slip)
                    """,
                fixed: """
                    # split into bulk-export-csv (due 2026-05-30) and bulk-export-api (horizon: next)
                    ---
                    id: bulk-export-csv
                    due: 2026-05-30
                    ---
                    """)
        case .shallowHistory:
            Explanation(
                summary: "The repository is a shallow clone, so the roadmap's history is incomplete.",
                details: """
                    A shallow clone (`git clone --depth N`, the default of many CI systems) lacks \
                    the commits before its oldest one. Everything that existed then seems created \
                    in that commit: creation dates, contributors, slips and stale checks are wrong, \
                    and `--at` cannot go back further. Fetch the whole history with \
                    `git fetch --unshallow`, or in GitHub Actions set `fetch-depth: 0` on \
                    `actions/checkout`.
                    """,
                bad: """
                    - uses: actions/checkout@v4
                    - run: roadmap check --history
                    """,
                fixed: """
                    - uses: actions/checkout@v4
                      with:
                        fetch-depth: 0
                    - run: roadmap check --history
                    """)

        case .keyResultProjectedToMiss:
            Explanation(
                summary: "A key result's forecast falls short of its target at the end of the objective's period.",
                details: """
                    Each commit that changes a key result's `current` (or `confidence`, `note`) is \
                    a check-in. The forecast is the least-squares line through the check-ins made \
                    inside the objective's period (x is the day), extended to the period's last \
                    day; the projected progress is how far that value is from baseline to target \
                    (lower-is-better key results, whose target is below the baseline, count \
                    falling as progress). Below `okr_status.on_track` (default 0.9, in \
                    roadmap.yml) the key result is at risk, below `okr_status.at_risk` (default \
                    0.7) off track, and this warning names the projection and the date. It is \
                    given only while the period lasts and needs two check-ins on different days. \
                    Change the plan, the work, or the target, and say why in `note:`.
                    """,
                bad: """
                    # 2026-Q3, check-ins: Jul 1 current 20, Aug 1 current 22 (target 40)
                    key_results:
                      - { id: kr1, title: NPS from 20 to 40, baseline: 20, target: 40, current: 22 }
                    """,
                fixed: """
                    key_results:
                      - { id: kr1, title: NPS from 20 to 30, baseline: 20, target: 30, current: 22,
                          note: "target cut: survey only reaches new users this quarter" }
                    """)
        case .keyResultWithoutCheckIn:
            Explanation(
                summary: "No commit has checked in on a key result for longer than `checkin_every_days`.",
                details: """
                    A key result whose `current` nobody updates cannot be forecast, and the \
                    roadmap shows stale numbers. With `checkin_every_days: N` in roadmap.yml (off \
                    by default), `roadmap check --history` warns about every key result of an \
                    objective whose period has not ended (or that has no period) when more than N \
                    days passed since its last check-in: the last commit that changed its \
                    `current`, `confidence` or `note`, or that added it. Days are counted to the \
                    day of the commit being checked. Update `current` (even to the same number \
                    with a new `note`).
                    """,
                bad: """
                    # roadmap.yml: checkin_every_days: 14; last check-in on kr1: 2026-07-01; checked 2026-08-01
                    key_results:
                      - { id: kr1, title: NPS from 20 to 40, baseline: 20, target: 40, current: 22 }
                    """,
                fixed: """
                    key_results:
                      - { id: kr1, title: NPS from 20 to 40, baseline: 20, target: 40, current: 24,
                          note: "August survey" }
                    """)

        // MARK: RM96x commands that edit files
        case .unknownItem:
            Explanation(
                summary: "No PRD or objective of the roadmap has the id a command was given.",
                details: """
                    `roadmap move` and `roadmap set` find the file to change by the id in its front \
                    matter, not by its file name. Check the spelling with `roadmap list`; a key \
                    result is named `objective-id/kr-id`.
                    """,
                bad: """
                    roadmap move saved-card shipped
                    """,
                fixed: """
                    roadmap move saved-cards shipped
                    """)
        case .ambiguousItem:
            Explanation(
                summary: "Several files declare the id a command was given, so it cannot tell which to change.",
                details: """
                    Ids must be unique (RM402, RM403), and while two files share one, `roadmap move` \
                    and `roadmap set` change neither. Rename one of them first.
                    """,
                bad: """
                    # prds/a.md and prds/b.md both have id: saved-cards
                    roadmap set saved-cards due 2026-09-30
                    """,
                fixed: """
                    # prds/b.md now has id: saved-cards-v2
                    roadmap set saved-cards due 2026-09-30
                    """)
        case .fileChangedSinceRead:
            Explanation(
                summary: "A file changed between being read and being written, so it was left alone.",
                details: """
                    `roadmap fix`, `move` and `set` read a file, compute the edit, and replace the \
                    file only if its bytes are still those they read, so an editor saving at the \
                    same moment never loses its work. Run the command again.
                    """,
                bad: """
                    roadmap fix   # while an editor saves prds/saved-cards.md
                    """,
                fixed: """
                    roadmap fix   # again, once the editor has saved
                    """)
        case .cannotEdit:
            Explanation(
                summary: "A command cannot make this edit in place without changing other text.",
                details: """
                    `roadmap move` and `roadmap set` change one value where it is written and touch \
                    nothing else. They refuse values written over several lines, lists and mappings \
                    where a single value is asked for, fields the command does not set, and files \
                    whose front matter cannot be read. Edit such a value by hand.
                    """,
                bad: """
                    roadmap set saved-cards tags checkout
                    """,
                fixed: """
                    # tags is a list: edit it by hand
                    tags: [checkout]
                    """)
        }
    }
}
