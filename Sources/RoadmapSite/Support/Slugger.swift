/// Turns free-text names (teams, tags, statuses) into file names that are safe and unique.
///
/// Names are assigned in sorted order, so the same set of names always gets the same slugs;
/// a collision (`Web` and `web`) gets a numbered suffix rather than overwriting a page.
struct Slugger: Sendable {
    private(set) var slugs: [String: String] = [:]
    private var used: Set<String>

    /// - Parameter reserved: slugs no name may take (such as the slug of "no team").
    init(names: some Sequence<String>, reserved: Set<String> = []) {
        used = reserved
        for name in Set(names).sorted() {
            let base = Slugger.base(name)
            var candidate = base
            var n = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            slugs[name] = candidate
        }
    }

    func slug(_ name: String) -> String? { slugs[name] }

    /// Lower-case ASCII letters, digits and single hyphens; never empty, at most 60 characters.
    static func base(_ name: String) -> String {
        var out: [UInt8] = []
        var pendingHyphen = false
        for byte in name.utf8 {
            let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            let isAlnum = (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39)
            if isAlnum {
                if pendingHyphen, !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(lowered)
                if out.count >= 60 { break }
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
    }
}
