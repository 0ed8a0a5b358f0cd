import Yams

/// The entries of a mapping whose keys are names chosen by the user (scores, inputs, teams),
/// each name once: a repeated key is reported (RM106) and only its first entry kept, as
/// `FieldReader` does for fields.
enum UniqueEntries {
    static func of(_ mapping: Node.Mapping, subject: String, reader: inout FieldReader) -> [(key: Node, value: Node)] {
        let names = mapping.compactMap { $0.key.scalar?.string }
        let check = FieldReader(mapping, known: names, subject: subject, path: reader.path, lineOffset: reader.lineOffset,
                                anchor: reader.anchor, fixes: nil)
        reader.report(contentsOf: check.diagnostics)
        var seen = Set<String>()
        return mapping.compactMap { entry in
            guard let name = entry.key.scalar?.string, seen.insert(name).inserted else { return nil }
            return (entry.key, entry.value)
        }
    }
}
