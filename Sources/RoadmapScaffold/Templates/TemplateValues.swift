/// What a template's placeholders are filled with. Each is written `{{name}}` in a template:
///
/// | placeholder | value |
/// |---|---|
/// | `{{id}}` | the new file's id |
/// | `{{title}}` | the title given to `roadmap new` |
/// | `{{owner}}` | git's `user.name` (or `$USER`, or TBD) |
/// | `{{quarter}}` | `--quarter`, else the current quarter, like 2026-Q3 (empty with `--horizon`) |
/// | `{{team}}` | `--team`, or empty |
/// | `{{horizon}}`, `{{start}}`, `{{due}}` | `--horizon`, `--start`, `--due`, or empty |
/// | `{{status}}` | `--status`, or the first status of the workflow |
/// | `{{okrs}}` | the `--okr` references, as a list |
/// | `{{date}}` | today, like 2026-07-06 |
/// | `{{sections}}` | the body sections, each a `##` heading with a prompt |
public struct TemplateValues: Sendable, Hashable {
    /// `{{id}}`: the new file's id.
    public var id: String
    /// `{{title}}`.
    public var title: String
    /// `{{owner}}`.
    public var owner: String
    /// `{{quarter}}`, like 2026-Q3.
    public var quarter: String
    /// `{{team}}`; empty for none.
    public var team: String
    /// `{{status}}`.
    public var status: String
    /// `{{okrs}}`: OKR references.
    public var okrs: [String]
    /// `{{date}}`: today, YYYY-MM-DD.
    public var date: String
    /// Section headings for `{{sections}}`, in order.
    public var sections: [String]
    /// `{{horizon}}`, `{{start}}`, `{{due}}`; empty for none. A front matter without the key
    /// gets it when the value is set, so `--due` works with any template.
    public var horizon: String
    public var start: String
    public var due: String

    /// Every value, named as in templates.
    public init(id: String, title: String, owner: String, quarter: String, team: String = "",
                status: String, okrs: [String] = [], date: String, sections: [String] = [],
                horizon: String = "", start: String = "", due: String = "") {
        self.id = id
        self.title = title
        self.owner = owner
        self.quarter = quarter
        self.team = team
        self.status = status
        self.okrs = okrs
        self.date = date
        self.sections = sections
        self.horizon = horizon
        self.start = start
        self.due = due
    }

    /// Front matter keys to add, in this order, when set and the template does not have them.
    var addedKeys: [(key: String, value: String)] {
        [("horizon", horizon), ("start", start), ("due", due)].filter { !$0.1.isEmpty }
    }

    /// The placeholder names a template may use.
    public static let names = ["id", "title", "owner", "quarter", "team", "status", "okrs", "date", "sections",
                               "horizon", "start", "due"]

    enum Value {
        case text(String)
        case list([String])
        case sections([String])
    }

    func value(named name: String) -> Value? {
        switch name {
        case "id": .text(id)
        case "title": .text(title)
        case "owner": .text(owner)
        case "quarter": .text(quarter)
        case "team": .text(team)
        case "status": .text(status)
        case "okrs": .list(okrs)
        case "date": .text(date)
        case "sections": .sections(sections)
        case "horizon": .text(horizon)
        case "start": .text(start)
        case "due": .text(due)
        default: nil
        }
    }
}
