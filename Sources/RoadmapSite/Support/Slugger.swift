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

    /// Letters and digits of any script, lower-cased, joined by single hyphens; never empty, at
    /// most 60 characters. A name in Japanese or Arabic keeps its own letters (`決済`), so its page
    /// has a readable address; anything else (`/`, `.`, spaces, controls, marks of bidi direction)
    /// becomes a separator, so a slug is always one safe file name.
    static func base(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            if isWordScalar(scalar) {
                if pendingHyphen, count > 0 { out.append("-"); count += 1 }
                pendingHyphen = false
                // Lower-casing may need context or yield several scalars (`İ`); keep what it gives
                // only while it stays within word characters.
                let lowered = String(scalar).lowercased().unicodeScalars
                out.append(contentsOf: lowered.allSatisfy(isWordScalar) ? lowered : String(scalar).unicodeScalars)
                count += 1
                if count >= 60 { break }
            } else {
                pendingHyphen = true
            }
        }
        return count == 0 ? "x" : String(out)
    }

    /// ASCII letters and digits; beyond ASCII, letters, combining marks and digits of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
