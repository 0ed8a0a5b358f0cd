extension Diagnostic {
    /// A diagnostic as every JSON document writes it (`check --format json`, `roadmap.json`, the
    /// preview's overlay): `{code, name, severity, message, path, line, column, endColumn, help,
    /// notes: [{message, path, line, column}], fixes: [{title, safety, edits: [{path, start, end,
    /// replacement}]}]}`. `display` turns a roadmap-relative path into the one the reader knows.
    /// Fix edits replace the bytes `start..<end` of the file as stored (byte-order mark and CRs
    /// counted); `safety` is `safe` (meaning cannot change) or `unsafe` (a guess).
    public func json(display: (String) -> String = { $0 }) -> JSONValue {
        .object([
            "code": .string(code.rawValue), "name": .string(code.name), "severity": .string(severity.rawValue),
            "message": .string(message),
            "path": location.map { .string(display($0.path)) }, "line": location.map { .integer($0.line) },
            "column": location.map { .integer($0.column) }, "endColumn": location.map { .integer($0.column + $0.length) },
            "help": help.map(JSONValue.string),
            "notes": .array(notes.map { note in
                .object([
                    "message": .string(note.message), "path": note.location.map { .string(display($0.path)) },
                    "line": note.location.map { .integer($0.line) }, "column": note.location.map { .integer($0.column) },
                ])
            }),
            "fixes": .array(fixes.map { fix in
                .object([
                    "title": .string(fix.title), "safety": .string(fix.safety.rawValue),
                    "edits": .array(fix.edits.map { edit in
                        .object([
                            "path": .string(display(edit.path)), "start": .integer(edit.start), "end": .integer(edit.end),
                            "replacement": .string(edit.replacement),
                        ])
                    }),
                ])
            }),
        ])
    }
}
