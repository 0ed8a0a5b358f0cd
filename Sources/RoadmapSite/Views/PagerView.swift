/// Links between the pages of a long list: numbers, previous and next.
struct PagerView: ViewModel, Sendable {
    struct Entry: ViewModel, Sendable {
        let number: Int
        let url: String
        let current: Bool

        func value(named name: String) -> Any? {
            switch name {
            case "number": number
            case "url": url
            case "current": current
            default: nil
            }
        }

        func fingerprint(into hasher: inout StableHasher) { hasher.add(number, url, current) }
    }

    let entries: [Entry]
    let current: Int
    let count: Int

    /// - Parameters:
    ///   - base: the list's path without `.html`; page n is `SitePath.paged(base, page: n)`.
    init(base: String, current: Int, count: Int) {
        self.current = current
        self.count = count
        entries = count > 1
            ? (1...count).map { Entry(number: $0, url: SitePath.href(SitePath.paged(base, page: $0)), current: $0 == current) }
            : []
    }

    func value(named name: String) -> Any? {
        switch name {
        case "entries": entries
        case "show": count > 1
        case "current": current
        case "count": count
        case "previous": current > 1 ? entries[current - 2].url : Absent.value
        case "next": current < count ? entries[current].url : Absent.value
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(entries, current, count) }
}

/// Splits `total` items into pages of `size`; always at least one (possibly empty) page.
struct Pagination {
    let total: Int
    let size: Int

    var pageCount: Int { max(1, (total + size - 1) / size) }

    func range(ofPage number: Int) -> Range<Int> {
        let lower = min(total, (number - 1) * size)
        return lower..<min(total, lower + size)
    }
}
