import RoadmapCore
import Yams

/// Reads `roadmap.yml`. A missing file means all defaults; a broken one is reported and the
/// defaults are used for whatever could not be read, so the roadmap is still checked.
enum ConfigReader {
    static let path = "roadmap.yml"
    static let fields = ["title", "base_url", "prds", "okrs", "statuses", "required_sections",
                         "active_statuses", "done_statuses", "rules", "max_file_size", "stale_after_days", "max_slips",
                         "transitions", "requires", "wip_limits", "scores", "capacity", "okr_status", "checkin_every_days",
                         "audiences", "portfolio"]

    static func read(_ bytes: [UInt8]?) -> (RoadmapConfig, [Diagnostic]) {
        guard let bytes else { return (RoadmapConfig(), []) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) { return (RoadmapConfig(), []) }
        let text: String
        switch DecodedText.decode(bytes, path: path) {
        case .success(let decoded): text = decoded.text
        case .failure(let problem): return (RoadmapConfig(), [problem])
        }
        let mapping: Node.Mapping
        switch YAMLComposer.compose(text[...], firstLine: 1, path: path) {
        case .success(let m): mapping = m
        case .failure(let problem): return (RoadmapConfig(), [problem])
        }
        var r = FieldReader(mapping, known: fields, subject: "roadmap.yml", path: path, lineOffset: 0,
                            anchor: SourceLocation(path: path, line: 1), fixes: FixBuilder(path: path, map: SourceMap(bytes: bytes)))
        var problems: [Diagnostic] = []
        func invalid(_ message: String, _ at: SourceLocation, _ help: String) {
            problems.append(Diagnostic(.invalidConfig, message, at: at, help: help))
        }
        var config = RoadmapConfig()
        if let title = r.text("title") { config.title = title.value }
        if let base = r.text("base_url") { config.baseURL = base.value }
        for (key, keyPath) in [("prds", \RoadmapConfig.prdsFolder), ("okrs", \RoadmapConfig.okrsFolder)] {
            guard let folder = r.text(key) else { continue }
            if let clean = cleanFolder(folder.value) {
                config[keyPath: keyPath] = clean
            } else {
                invalid("`\(key)` must be a folder inside the roadmap, not `\(folder.value)`", folder.location,
                        "give a relative path without `..`, like `\(key): \(key)`")
            }
        }
        if config.prdsFolder == config.okrsFolder || config.prdsFolder.hasPrefix(config.okrsFolder + "/")
            || config.okrsFolder.hasPrefix(config.prdsFolder + "/"), let at = r.keyLocation("okrs") ?? r.keyLocation("prds") {
            invalid("the PRD and objective folders overlap (`\(config.prdsFolder)` and `\(config.okrsFolder)`)", at,
                    "keep PRDs and objectives in separate folders")
            config.prdsFolder = "prds"
            config.okrsFolder = "okrs"
        }
        let statuses = r.textList("statuses", example: "idea, planned, shipped")
        if r.has("statuses") {
            if statuses.isEmpty, let at = r.keyLocation("statuses") {
                invalid("`statuses` must list at least one status", at, "list your workflow, like `statuses: [idea, planned, shipped]`")
            } else if let duplicate = firstDuplicate(statuses) {
                invalid("status `\(duplicate.value)` is listed twice", duplicate.location, "list each status once")
            } else if let bad = statuses.first(where: { $0.value.contains(where: \.isWhitespace) || $0.value.isEmpty }) {
                invalid("status `\(bad.value)` contains spaces", bad.location, "use hyphens, like `in-progress`")
            } else {
                config.statuses = statuses.map(\.value)
            }
        }
        config.activeStatuses = subset("active_statuses", &r, of: config, default: RoadmapConfig.defaultActive(in: config.statuses), invalid)
        config.doneStatuses = subset("done_statuses", &r, of: config, default: RoadmapConfig.defaultDone(in: config.statuses), invalid)
        config.requiredSections = r.textList("required_sections", example: "Problem").map(\.value)
        if let size = r.number("max_file_size", example: "1048576") {
            if size.value >= 1024, size.value <= Double(1 << 30) { config.maxFileSize = Int(size.value) }
            else { invalid("`max_file_size` must be between 1024 and 1073741824 bytes", size.location, "the default is 1048576 (1 MiB)") }
        }
        if let days = r.number("stale_after_days", example: "60") {
            if days.value >= 1, days.value <= 36_500, days.value == days.value.rounded() { config.staleAfterDays = Int(days.value) }
            else { invalid("`stale_after_days` must be a whole number of days from 1 to 36500", days.location, "the default is 60") }
        }
        if let slips = r.number("max_slips", example: "2") {
            if slips.value >= 0, slips.value <= 1000, slips.value == slips.value.rounded() { config.maxSlips = Int(slips.value) }
            else { invalid("`max_slips` must be a whole number from 0 to 1000", slips.location, "the default is 2") }
        }
        if let days = r.number("checkin_every_days", example: "14") {
            if days.value >= 1, days.value <= 36_500, days.value == days.value.rounded() { config.checkinEveryDays = Int(days.value) }
            else { invalid("`checkin_every_days` must be a whole number of days from 1 to 36500", days.location, "leave it out to turn the check off") }
        }
        if let (status, _) = r.mapping("okr_status", example: "{ on_track: 0.9, at_risk: 0.7 }") {
            config.okrStatus = OKRStatusConfigReader.read(status, reader: &r, invalid)
        }
        if let (rules, _) = r.mapping("rules", example: "{ RM604: off, orphan-feature: error }") {
            config.severityOverrides = readRules(rules, reader: r, invalid)
        }
        if let (transitions, _) = r.mapping("transitions", example: "{ idea: [discovery, dropped] }") {
            config.transitions = readStatusMap(transitions, key: "transitions", reader: r, statuses: config.statuses, invalid) { entry in
                config.statuses.contains(entry.value) ? nil
                    : ("`\(entry.value)` in `transitions` is not one of the `statuses`", "use statuses of the workflow: \(config.statuses.joined(separator: ", "))")
            }
        }
        if let (requires, _) = r.mapping("requires", example: "{ in-progress: [owner, start] }") {
            config.requires = readStatusMap(requires, key: "requires", reader: r, statuses: config.statuses, invalid) { entry in
                FeatureReader.fields.contains(entry.value) ? nil
                    : ("`\(entry.value)` in `requires` is not a field of a PRD", "use PRD fields: \(FeatureReader.fields.joined(separator: ", "))")
            }
        }
        if let (limits, _) = r.mapping("wip_limits", example: "{ in-progress: 5 }") {
            readWIPLimits(limits, reader: r, into: &config, invalid)
        }
        if let (scores, _) = r.mapping("scores", example: "{ wsjf: { formula: value / size, inputs: { value: [1, 10], size: [1, 13] } } }") {
            config.scores = ScoresConfigReader.read(scores, reader: &r, text: text)
        }
        if let (capacity, _) = r.mapping("capacity", example: "{ payments: { 2026-Q3: 12, 2026-Q4: 10 } }") {
            config.capacity = CapacityConfigReader.read(capacity, reader: &r)
        }
        if let (audiences, _) = r.mapping("audiences", example: "{ public: { show: [public], hide_fields: [owner, rice] } }") {
            config.audiences = AudiencesConfigReader.read(audiences, reader: &r)
        }
        if let entries = r.list("portfolio", example: "`- {name: payments, repo: ../payments, ref: main}`") {
            config.portfolio = PortfolioConfigReader.read(entries, reader: &r)
        }
        return (config, r.diagnostics + problems)
    }

    /// `wip_limits: {status: n}`: every key a status of the workflow, every limit a whole number.
    private static func readWIPLimits(_ mapping: Node.Mapping, reader r: FieldReader, into config: inout RoadmapConfig,
                                      _ invalid: (String, SourceLocation, String) -> Void) {
        for (statusNode, value) in mapping {
            let status = statusNode.scalar?.string ?? ""
            let at = r.valueLocation(statusNode)
            guard config.statuses.contains(status) else {
                invalid("`\(status)` in `wip_limits` is not one of the `statuses`", at,
                        "use statuses of the workflow: \(config.statuses.joined(separator: ", "))")
                continue
            }
            guard let text = value.scalar?.string, let limit = Int(text), limit >= 0, limit <= 1_000_000 else {
                invalid("the work-in-progress limit of `\(status)` must be a whole number of PRDs", r.valueLocation(value),
                        "write it like `\(status): 5`")
                continue
            }
            config.wipLimits[status] = limit
            config.wipLimitLocations[status] = at
        }
    }

    private static func subset(_ key: String, _ r: inout FieldReader, of config: RoadmapConfig, default fallback: [String],
                               _ invalid: (String, SourceLocation, String) -> Void) -> [String] {
        guard r.has(key) else { return fallback }
        let listed = r.textList(key, example: config.statuses.first ?? "planned")
        for entry in listed where !config.statuses.contains(entry.value) {
            invalid("`\(entry.value)` in `\(key)` is not one of the `statuses`", entry.location,
                    "use statuses of the workflow: \(config.statuses.joined(separator: ", "))")
        }
        return listed.map(\.value).filter { config.statuses.contains($0) }
    }

    private static func readRules(_ rules: Node.Mapping, reader r: FieldReader,
                                  _ invalid: (String, SourceLocation, String) -> Void) -> [DiagnosticCode: Severity?] {
        var overrides: [DiagnosticCode: Severity?] = [:]
        for (key, value) in rules {
            let name = key.scalar?.string ?? ""
            guard let code = DiagnosticCode(lookup: name) else {
                invalid("`\(name)` is not a diagnostic code", r.valueLocation(key), "use a code like RM604 or its name like missing-rice; `roadmap explain` lists them")
                continue
            }
            switch value.scalar?.string.lowercased() {
            case "error": overrides[code] = .some(.error)
            case "warning": overrides[code] = .some(.warning)
            case "off", "false", "no": overrides[code] = .some(nil)
            default: invalid("the severity of \(code.rawValue) must be error, warning or off", r.valueLocation(value), "write `\(name): warning`")
            }
        }
        return overrides
    }

    /// `{status: [entries]}` with every key a status of the workflow and every entry accepted by
    /// `check` (which returns the message and help of a bad one).
    private static func readStatusMap(_ mapping: Node.Mapping, key: String, reader r: FieldReader, statuses: [String],
                                      _ invalid: (String, SourceLocation, String) -> Void,
                                      check: (Located<String>) -> (String, String)?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (statusNode, value) in mapping {
            let status = statusNode.scalar?.string ?? ""
            guard statuses.contains(status) else {
                invalid("`\(status)` in `\(key)` is not one of the `statuses`", r.valueLocation(statusNode),
                        "use statuses of the workflow: \(statuses.joined(separator: ", "))")
                continue
            }
            let items: [Node]
            if let sequence = value.sequence { items = Array(sequence) }
            else if FieldReader.isNull(value) { items = [] }
            else {
                invalid("`\(key)` of `\(status)` must be a list", r.valueLocation(value), "write it like `\(status): [\(value.scalar?.string ?? "...")]`")
                continue
            }
            var entries: [String] = []
            for item in items {
                guard let text = item.scalar?.string, !FieldReader.isNull(item) else {
                    invalid("each entry of `\(key)` must be text", r.valueLocation(item), "write entries like `\(status): [a, b]`")
                    continue
                }
                let located = Located(value: text, location: r.valueLocation(item))
                if let (message, help) = check(located) { invalid(message, located.location, help) } else { entries.append(text) }
            }
            result[status] = entries
        }
        return result
    }

    /// `prds`, `./specs/prds/` -> `specs/prds`; nil for absolute paths and `..`.
    static func cleanFolder(_ text: String) -> String? {
        guard !text.hasPrefix("/"), !text.contains(Character("\\")) else { return nil }
        let parts = text.split(separator: "/").filter { $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        return parts.joined(separator: "/")
    }

    private static func firstDuplicate(_ entries: [Located<String>]) -> Located<String>? {
        var seen = Set<String>()
        return entries.first { !seen.insert($0.value).inserted }
    }
}
