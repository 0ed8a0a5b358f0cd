import RoadmapCore

/// Work-in-progress limits (RM330): a status holding more PRDs than `wip_limits` allows is
/// reported at its limit in `roadmap.yml`, naming the PRDs. Run on every compile, after the
/// link: a status edit the link memo passes through still changes the counts.
enum WIPLimitCheck {
    /// PRDs named in the message before "and N more".
    static let namedCap = 10

    static func check(_ roadmap: Roadmap) -> [Diagnostic] {
        let config = roadmap.config
        guard !config.wipLimits.isEmpty else { return [] }
        var members: [String: [ItemID]] = [:]
        for feature in roadmap.features where config.wipLimits[feature.status] != nil {
            members[feature.status, default: []].append(feature.id)
        }
        return config.wipLimits.keys.sorted().compactMap { status in
            guard let limit = config.wipLimits[status], let ids = members[status], ids.count > limit,
                  let at = config.wipLimitLocations[status] else { return nil }
            let sorted = ids.sorted()
            var named = sorted.prefix(namedCap).map { "`\($0)`" }.joined(separator: ", ")
            if sorted.count > namedCap { named += " and \(sorted.count - namedCap) more" }
            return Diagnostic(
                .wipLimitExceeded, "\(ids.count) PRDs are \(status), over the limit of \(limit) set here: \(named)",
                at: at, help: "finish or move \(ids.count - limit) of them out of `\(status)` before starting more, or raise the limit")
        }
    }
}
