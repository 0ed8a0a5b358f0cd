import Foundation

/// Turns free text into an id-shaped slug: lower-case ASCII letters, digits and hyphens, such as
/// `uber-schnelle-zahlung` for "Über schnelle Zahlung". Empty when nothing in the text has a
/// sensible ASCII spelling (emoji only, Japanese): the caller picks a fallback.
public enum Slug {
    /// The longest slug made; longer text is cut at the last hyphen that fits.
    public static let maximumLength = 60

    /// The slug of `text`: accents dropped (é -> e, ß -> ss, Ł -> l), Cyrillic, Greek, Korean and
    /// Chinese transliterated to Latin, anything else a word break.
    public static func make(_ text: String) -> String {
        let latin = transliterate(withoutJapanese(text))
        var slug = ""
        var pendingHyphen = false
        for scalar in latin.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return shortened(slug)
    }

    private static func transliterate(_ text: String) -> String {
        // Latin-ASCII knows the letters folding misses (Ł, Ø, Æ, Œ, ß, Þ).
        if let ascii = text.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII"), reverse: false) {
            return ascii
        }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// Japanese text loses its kanji and kana: ICU reads kanji as Mandarin, which would give a
    /// Japanese title a Chinese-sounding id. Kana marks the text as Japanese; Han alone is Chinese.
    private static func withoutJapanese(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isKana) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            kept.append(isKana(scalar) || scalar.properties.isIdeographic ? " " : scalar)
        }
        return String(kept)
    }

    private static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    private static func shortened(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let head = slug.prefix(maximumLength)
        if let cut = head.lastIndex(of: "-") { return String(head[..<cut]) }
        return String(head)
    }
}
