import Foundation

/// Turns free text into an id-shaped slug: lower-case ASCII letters, digits and hyphens.
enum Slug {
    static func make(_ text: String) -> String {
        // Transliterate accents and other scripts to Latin where Foundation knows how (é -> e, ß -> ss).
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return String(slug.prefix(80))
    }
}
