import RoadmapCore

/// A compiler diagnostic as shown on the health page and on the page of the item it concerns.
struct DiagnosticView: ViewModel, Sendable {
    let severity: String
    let code: String
    let name: String
    let message: String
    let help: String?
    /// `prds/a.md:3:5`, or nil for the roadmap as a whole.
    let location: String?
    let sourceURL: String?
    /// The page of the PRD or objective the file defines.
    let itemURL: String?
    let notes: [String]

    init(_ d: Diagnostic, sourceURL: String?, itemURL: String?) {
        severity = d.severity.rawValue
        code = d.code.rawValue
        name = d.code.name
        message = d.message
        help = d.help
        location = d.location.map { "\($0.path):\($0.line):\($0.column)" }
        self.sourceURL = sourceURL
        self.itemURL = itemURL
        notes = d.notes.map { note in
            guard let at = note.location else { return note.message }
            return "\(note.message) (\(at.path):\(at.line):\(at.column))"
        }
    }

    func value(named name: String) -> Any? {
        switch name {
        case "severity": severity
        case "isError": severity == "error"
        case "code": code
        case "name": self.name
        case "message": message
        case "help": orAbsent(help)
        case "location": orAbsent(location)
        case "sourceURL": orAbsent(sourceURL)
        case "itemURL": orAbsent(itemURL)
        case "notes": notes
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(severity, code, name, message, help, location, sourceURL, itemURL, notes)
    }
}
