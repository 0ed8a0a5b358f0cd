import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// `textDocument/completion` in front matter: the keys a PRD or objective may have, and for a
/// key's value what this roadmap uses: its workflow's statuses, teams, owners and tags already
/// written, PRD ids for `depends_on`, `objective/kr` references for `okrs`, quarters near today.
struct Completion {
    let workspace: Workspace
    let compilation: Compilation
    /// The day quarters and dates are offered around (the session always has one).
    let today: CalendarDate?

    func items(at cursor: CursorContext) -> [JSONValue] {
        guard cursor.kind == .prd || cursor.kind == .objective, cursor.frontMatter.contains(line: cursor.position.line) else { return [] }
        let prefix = cursor.linePrefix
        let indent = prefix.prefix { $0 == " " || $0 == "\t" }.count
        let keys = cursor.frontMatter.keys(of: cursor.position.line)
        if !prefix.contains(":") {
            if indent == 0 {
                let written = Set(cursor.frontMatter.writtenKeys)
                let fields = cursor.kind == .prd ? FrontMatterFields.prd : FrontMatterFields.objective
                return keyItems(fields.filter { !written.contains($0) }, cursor: cursor, typed: prefix)
            }
            if cursor.kind == .objective, keys.key == "key_results" {
                let typed = String(prefix.drop { $0 == " " || $0 == "\t" || $0 == "-" })
                return keyItems(FrontMatterFields.keyResult, cursor: cursor, typed: typed)
            }
        }
        guard let key = keys.key else { return [] }
        if cursor.kind == .objective, key == "key_results" { return [] }
        return valueItems(for: key, cursor: cursor)
    }

    private func keyItems(_ keys: [String], cursor: CursorContext, typed: String) -> [JSONValue] {
        let range = replacedRange(cursor, length: typed.utf8.count)
        return keys.enumerated().map { n, key in
            item(key, kind: 10, detail: "front-matter key", insert: key + ": ", range: range, sort: n)
        }
    }

    private func valueItems(for key: String, cursor: CursorContext) -> [JSONValue] {
        let roadmap = compilation.roadmap
        let range = replacedRange(cursor, length: typedWord(cursor).utf8.count)
        let values: [(label: String, detail: String?)]
        let kind: Int
        switch key {
        case "status":
            values = roadmap.config.statuses.map { ($0, "workflow status") }
            kind = 20
        case "team":
            values = Set(roadmap.features.compactMap(\.team)).sorted().map { ($0, "team") }
            kind = 12
        case "owner":
            let owners = Set(roadmap.features.map(\.owner) + roadmap.objectives.compactMap(\.owner)).filter { !$0.isEmpty }
            let typed = String(cursor.linePrefix.drop { $0 != ":" }.dropFirst().drop { $0 == " " })
            let whole = replacedRange(cursor, length: typed.utf8.count)
            return owners.sorted().enumerated().map { n, owner in item(owner, kind: 12, detail: "owner", insert: owner, range: whole, sort: n) }
        case "tags":
            values = Set(roadmap.features.flatMap(\.tags)).sorted().map { ($0, "tag") }
            kind = 12
        case "depends_on":
            let own = ItemID(cursor.frontMatter.tokens.first { $0.key == "id" }?.text ?? "")
            values = roadmap.features.filter { $0.id != own }.sorted { $0.id < $1.id }.map { ($0.id.rawValue, "\($0.title) (\($0.status))") }
            kind = 18
        case "okrs":
            values = roadmap.objectives.sorted { $0.id < $1.id }.flatMap { objective in
                [(objective.id.rawValue, objective.title)] + objective.keyResults.map { ("\(objective.id)/\($0.id)", $0.title) }
            }
            kind = 18
        case "quarter", "period":
            guard let today else { return [] }
            var quarter = Quarter(year: today.quarter.number == 1 ? today.year - 1 : today.year, number: today.quarter.number == 1 ? 4 : today.quarter.number - 1)!
            var quarters: [(String, String?)] = []
            for n in 0..<6 {
                quarters.append((quarter.description, n == 1 ? "this quarter" : "\(quarter.firstDay) to \(quarter.lastDay)"))
                quarter = quarter.next
            }
            values = quarters
            kind = 21
        case "horizon":
            values = Horizon.allCases.map { ($0.rawValue, "horizon") }
            kind = 20
        case "visibility":
            values = [("public", "shown to every audience that shows public items"),
                      ("internal", "the default: the team and audiences that show internal items"),
                      ("confidential", "only audiences that show confidential items")]
            kind = 20
        case "start", "due":
            guard let today else { return [] }
            values = [(today.description, "today"), (today.quarter.lastDay.description, "the end of this quarter")]
            kind = 21
        default:
            return []
        }
        return values.enumerated().map { n, value in item(value.label, kind: kind, detail: value.detail, insert: value.label, range: range, sort: n) }
    }

    /// The word being typed before the cursor.
    private func typedWord(_ cursor: CursorContext) -> String {
        let bytes = Array(cursor.linePrefix.utf8)
        return String(decoding: bytes.reversed().prefix { FrontMatterTokens.isWordByte($0) }.reversed(), as: UTF8.self)
    }

    /// The range from `length` bytes before the cursor to the cursor: what an item replaces.
    private func replacedRange(_ cursor: CursorContext, length: Int) -> TextRange {
        workspace.range(of: (cursor.offset - length)..<cursor.offset, in: cursor.document.lines)
    }

    private func item(_ label: String, kind: Int, detail: String?, insert: String, range: TextRange, sort: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(label)), ("kind", .integer(kind))]
        if let detail { members.append(("detail", .string(detail))) }
        let rank = String(sort)
        members.append(("sortText", .string(String(repeating: "0", count: max(0, 5 - rank.count)) + rank)))
        members.append(("filterText", .string(label)))
        members.append(("textEdit", .object([("range", range.json), ("newText", .string(insert))])))
        return .object(members)
    }
}
