import RoadmapCore

/// A stable text naming everything a file's analysis depends on besides the file itself: the
/// compiler's version and the settings of roadmap.yml. (Swift's `hashValue` is seeded per
/// process, so it cannot be stored.)
enum ConfigFingerprint {
    static let compilerVersion = "roadmap-analysis-2"

    /// `ownerExample` (git's user name) is in the help of a missing `owner`.
    static func make(_ config: RoadmapConfig, ownerExample: String? = nil) -> String {
        var w = BinaryWriter()
        w.string(compilerVersion)
        w.array(config.statuses) { $0.string($1) }
        w.array(config.activeStatuses) { $0.string($1) }
        w.array(config.doneStatuses) { $0.string($1) }
        w.array(config.requiredSections) { $0.string($1) }
        w.int(config.maxFileSize)
        w.string(ownerExample ?? "")
        w.array(config.requires.keys.sorted()) { w, status in w.string(status); w.array(config.requires[status]!) { $0.string($1) } }
        // A PRD's score values and the keys it may use come from the formulas and input ranges.
        w.array(config.scores) { w, score in
            w.string(score.name); w.string(score.formulaText); w.bool(score.formula != nil)
            w.array(score.inputs) { w, input in w.string(input.name); w.double(input.range.lowerBound); w.double(input.range.upperBound) }
        }
        let hash = StableHash.fnv1a(w.bytes)
        return compilerVersion + "-" + String(hash, radix: 16)
    }
}
