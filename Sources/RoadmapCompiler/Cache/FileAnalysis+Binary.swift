import RoadmapCore

// The analysis of a file, as the cache stores it. Bodies keep their outline (headings, links)
// but not their Markdown: `check` needs only the outline, and the text is in git already.

extension BinaryWriter {
    mutating func location(_ l: SourceLocation) {
        string(l.path); int(l.line); int(l.column); int(l.length)
    }

    mutating func located(_ l: Located<String>) { string(l.value); location(l.location) }

    mutating func diagnostic(_ d: Diagnostic) {
        string(d.code.rawValue); string(d.severity.rawValue); string(d.message)
        optional(d.location) { $0.location($1) }
        optional(d.help) { $0.string($1) }
        array(d.notes) { w, n in w.string(n.message); w.optional(n.location) { $0.location($1) } }
        array(d.fixes) { w, f in
            w.string(f.title); w.string(f.safety.rawValue)
            w.array(f.edits) { w, e in w.string(e.path); w.int(e.start); w.int(e.end); w.string(e.replacement) }
        }
    }

    mutating func body(_ b: Body) {
        int(b.firstLine)
        array(b.headings) { w, h in w.int(h.level); w.string(h.text); w.int(h.line) }
        array(b.relativeLinks) { w, l in w.string(l.destination); w.int(l.line); w.int(l.column) }
    }

    mutating func extra(_ e: [String: String]) {
        array(e.keys.sorted()) { w, k in w.string(k); w.string(e[k]!) }
    }

    mutating func analysis(_ a: FileAnalysis) {
        string(a.path)
        array(a.diagnostics) { $0.diagnostic($1) }
        switch a.item {
        case .none: int(0)
        case .feature(let d):
            int(1)
            let f = d.feature
            string(f.id.rawValue); string(f.title); string(f.status); string(f.owner)
            optional(f.team) { $0.string($1) }
            optional(f.quarter) { $0.string($1.description) }
            optional(f.horizon) { $0.string($1.rawValue) }
            optional(f.start) { $0.string($1.description) }
            optional(f.due) { $0.string($1.description) }
            optional(f.rice) { w, r in w.double(r.reach); w.double(r.impact); w.double(r.confidence); w.double(r.effort) }
            array(f.scores.keys.sorted()) { w, name in w.string(name); w.double(f.scores[name]!) }
            array(f.tags) { $0.string($1) }
            body(f.body)
            extra(f.extra)
            string(f.visibility.rawValue)
            location(d.idLocation)
            array(d.okrReferences) { $0.located($1) }
            array(d.dependencies) { $0.located($1) }
            location(d.statusLocation)
            optional(d.dueLocation) { $0.location($1) }
            bool(d.okrsUnreadable)
        case .objective(let d):
            int(2)
            let o = d.objective
            string(o.id.rawValue); string(o.title)
            optional(o.period) { $0.string($1.description) }
            optional(o.owner) { $0.string($1) }
            array(o.keyResults) { w, k in
                w.string(k.id); w.string(k.title)
                w.optional(k.baseline) { $0.double($1) }; w.optional(k.target) { $0.double($1) }
                w.optional(k.current) { $0.double($1) }; w.optional(k.unit) { $0.string($1) }
                w.optional(k.confidence) { $0.double($1) }; w.optional(k.note) { $0.string($1) }
                w.location(k.location)
            }
            body(o.body)
            extra(o.extra)
            string(o.visibility.rawValue)
            location(d.idLocation)
            array(d.unreadableKeyResults.keys.sorted()) { w, k in w.string(k); w.location(d.unreadableKeyResults[k]!) }
        }
        optional(a.unreadable) { w, u in
            w.int(u.kind == .feature ? 1 : 2)
            w.optional(u.id) { $0.string($1.rawValue) }
            w.optional(u.firstError) { $0.location($1) }
            w.array(u.mentions) { $0.string($1) }
        }
    }
}

extension BinaryReader {
    mutating func location() throws(Corrupt) -> SourceLocation {
        SourceLocation(path: try string(), line: try int(), column: try int(), length: try int())
    }

    mutating func located() throws(Corrupt) -> Located<String> { Located(value: try string(), location: try location()) }

    mutating func diagnostic() throws(Corrupt) -> Diagnostic {
        guard let code = DiagnosticCode(rawValue: try string()), let severity = Severity(rawValue: try string()) else { throw Corrupt() }
        let message = try string()
        let location = try optional { (r: inout BinaryReader) throws(Corrupt) in try r.location() }
        let help = try optional { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
        let notes = try array { (r: inout BinaryReader) throws(Corrupt) in
            Diagnostic.Note(try r.string(), at: try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.location() })
        }
        let fixes = try array { (r: inout BinaryReader) throws(Corrupt) -> Fix in
            let title = try r.string()
            guard let safety = Fix.Safety(rawValue: try r.string()) else { throw Corrupt() }
            let edits = try r.array { (r: inout BinaryReader) throws(Corrupt) in
                TextEdit(path: try r.string(), start: try r.int(), end: try r.int(), replacement: try r.string())
            }
            return Fix(title, safety: safety, edits: edits)
        }
        return Diagnostic(code, message, at: location, help: help, notes: notes, severity: severity, fixes: fixes)
    }

    mutating func body() throws(Corrupt) -> Body {
        let firstLine = try int()
        let headings = try array { (r: inout BinaryReader) throws(Corrupt) in
            Body.Heading(level: try r.int(), text: try r.string(), line: try r.int())
        }
        let links = try array { (r: inout BinaryReader) throws(Corrupt) in
            Body.Link(destination: try r.string(), line: try r.int(), column: try r.int())
        }
        return Body(markdown: "", firstLine: firstLine, headings: headings, relativeLinks: links)
    }

    mutating func extra() throws(Corrupt) -> [String: String] {
        let pairs = try array { (r: inout BinaryReader) throws(Corrupt) in (try r.string(), try r.string()) }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    mutating func visibility() throws(Corrupt) -> Visibility {
        guard let visibility = Visibility(rawValue: try string()) else { throw Corrupt() }
        return visibility
    }

    mutating func itemID() throws(Corrupt) -> ItemID {
        guard let id = ItemID(try string()) else { throw Corrupt() }
        return id
    }

    mutating func parsed<T>(_ make: (String) -> T?) throws(Corrupt) -> T? {
        try optional { (r: inout BinaryReader) throws(Corrupt) -> T in
            guard let value = make(try r.string()) else { throw Corrupt() }
            return value
        }
    }

    mutating func analysis() throws(Corrupt) -> FileAnalysis {
        let path = try string()
        let diagnostics = try array { (r: inout BinaryReader) throws(Corrupt) in try r.diagnostic() }
        var result = FileAnalysis(path: path, item: .none, diagnostics: diagnostics, text: nil)
        switch try int() {
        case 0: break
        case 1:
            let id = try itemID()
            let title = try string(), status = try string(), owner = try string()
            let team = try optional { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
            let quarter = try parsed { Quarter($0) }
            let horizon = try parsed { Horizon(rawValue: $0) }
            let start = try parsed { CalendarDate(iso: $0) }
            let due = try parsed { CalendarDate(iso: $0) }
            let rice = try optional { (r: inout BinaryReader) throws(Corrupt) in
                RICE(reach: try r.double(), impact: try r.double(), confidence: try r.double(), effort: try r.double())
            }
            let scores = try array { (r: inout BinaryReader) throws(Corrupt) in (try r.string(), try r.double()) }
            let tags = try array { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
            var feature = Feature(id: id, title: title, status: status, owner: owner, team: team, quarter: quarter,
                                  horizon: horizon, start: start, due: due, rice: rice, tags: tags, body: try body(), path: path)
            feature.scores = Dictionary(scores, uniquingKeysWith: { a, _ in a })
            feature.extra = try extra()
            feature.visibility = try visibility()
            let idLocation = try location()
            let okrs = try array { (r: inout BinaryReader) throws(Corrupt) in try r.located() }
            let dependencies = try array { (r: inout BinaryReader) throws(Corrupt) in try r.located() }
            let statusLocation = try location()
            let dueLocation = try optional { (r: inout BinaryReader) throws(Corrupt) in try r.location() }
            result.item = .feature(FeatureDraft(feature: feature, idLocation: idLocation, okrReferences: okrs,
                                                dependencies: dependencies, statusLocation: statusLocation, dueLocation: dueLocation,
                                                okrsUnreadable: try bool()))
        case 2:
            let id = try itemID()
            let title = try string()
            let period = try parsed { Quarter($0) }
            let owner = try optional { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
            let keyResults = try array { (r: inout BinaryReader) throws(Corrupt) in
                let krID = try r.string(), krTitle = try r.string()
                let baseline = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.double() }
                let target = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.double() }
                let current = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.double() }
                let unit = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
                let confidence = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.double() }
                let note = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
                return KeyResult(id: krID, title: krTitle, baseline: baseline, target: target, current: current,
                                 unit: unit, confidence: confidence, note: note, location: try r.location())
            }
            var objective = Objective(id: id, title: title, period: period, owner: owner, keyResults: keyResults,
                                      body: try body(), path: path)
            objective.extra = try extra()
            objective.visibility = try visibility()
            let idLocation = try location()
            let unreadable = try array { (r: inout BinaryReader) throws(Corrupt) in (try r.string(), try r.location()) }
            result.item = .objective(ObjectiveDraft(objective: objective, idLocation: idLocation,
                                                    unreadableKeyResults: Dictionary(unreadable, uniquingKeysWith: { a, _ in a })))
        default:
            throw Corrupt()
        }
        result.unreadable = try optional { (r: inout BinaryReader) throws(Corrupt) -> UnreadableItem in
            let kind: ItemKind
            switch try r.int() {
            case 1: kind = .feature
            case 2: kind = .objective
            default: throw Corrupt()
            }
            let id = try r.parsed { ItemID($0) }
            let firstError = try r.optional { (r: inout BinaryReader) throws(Corrupt) in try r.location() }
            let mentions = try r.array { (r: inout BinaryReader) throws(Corrupt) in try r.string() }
            return UnreadableItem(kind: kind, id: id, firstError: firstError, mentions: mentions)
        }
        return result
    }
}
