import RoadmapCore

/// Which commit each source of a portfolio is read at: the lock's pin when it was taken for the
/// same repository and folder (under the same name, or under a name the config no longer has,
/// so renaming a source does not move its pin); otherwise the commit its ref resolves to now.
struct PortfolioPins {
    enum Choice: Equatable {
        case locked(PortfolioLock.Pin)
        case fromRef
    }

    static func choose(for sources: [PortfolioSource], lock: PortfolioLock) -> [Choice] {
        let names = Set(sources.map(\.name))
        return sources.map { source in
            if let pin = lock.pin(named: source.name), pin.pins(source) { return .locked(pin) }
            if let renamed = lock.pins.first(where: { !names.contains($0.name) && $0.pins(source) }) { return .locked(renamed) }
            return .fromRef
        }
    }

    /// The lock after a check: each source's pin as read (a renamed source's pin under its new
    /// name), the old pin of a source that could not be read, nothing for sources the config dropped.
    static func lock(for sources: [PortfolioSource], read commits: [String?], choices: [Choice], old: PortfolioLock) -> PortfolioLock {
        var pins: [PortfolioLock.Pin] = []
        for (index, source) in sources.enumerated() {
            if let commit = commits[index] {
                if case .locked(let pin) = choices[index], pin.name == source.name { pins.append(pin); continue }
                let ref: String = if case .locked(let pin) = choices[index] { pin.ref } else { source.ref }
                pins.append(PortfolioLock.Pin(name: source.name, repo: source.repo, ref: ref, path: source.path, commit: commit))
            } else if let pin = old.pin(named: source.name) {
                pins.append(pin)
            }
        }
        return PortfolioLock(pins: pins.sorted { $0.name < $1.name })
    }
}
