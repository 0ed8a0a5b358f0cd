import RoadmapCore

// The data files are pure functions of the compiled roadmap, so their fingerprints come straight
// from the model. Bodies are left out: neither `roadmap.json` nor the search index contains them.

extension Feature: Fingerprintable {
    func fingerprint(into h: inout StableHasher) {
        h.add(id.rawValue, title, status, owner, team, quarter?.description, horizon?.rawValue)
        h.add(start?.description, due?.description, okrs.map(\.description), dependsOn.map(\.rawValue))
        h.add(dependents.map(\.rawValue), tags, path, hasErrors)
        h.add(rice != nil)
        if let rice { h.add(rice.reach, rice.impact, rice.confidence, rice.effort) }
        for name in scores.keys.sorted() { h.add(name, scores[name] ?? 0) }
        for key in extra.keys.sorted() { h.add(key, extra[key] ?? "") }
    }
}

extension Objective: Fingerprintable {
    func fingerprint(into h: inout StableHasher) {
        h.add(id.rawValue, title, period?.description, owner, path, hasErrors, movedBy.map(\.rawValue))
        h.add(keyResults.count)
        for kr in keyResults {
            h.add(kr.id, kr.title, kr.unit, kr.movedBy.map(\.rawValue))
            for value in [kr.baseline, kr.target, kr.current] {
                h.add(value != nil)
                h.add(value ?? 0)
            }
        }
        for key in extra.keys.sorted() { h.add(key, extra[key] ?? "") }
    }
}

extension Diagnostic: Fingerprintable {
    func fingerprint(into h: inout StableHasher) {
        h.add(code.rawValue, severity.rawValue, message, help, location?.path)
        h.add(location?.line, location?.column, location?.length)
        h.add(notes.map { "\($0.message)@\($0.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "")" })
        // roadmap.json writes the fixes: an edit's byte offsets move when a line above it changes.
        for fix in fixes {
            h.add(fix.title, fix.safety.rawValue)
            for edit in fix.edits { h.add(edit.path, edit.replacement, edit.start, edit.end) }
        }
    }
}

extension Double: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) { hasher.add(self) }
}
