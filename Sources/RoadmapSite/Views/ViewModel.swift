import Mustache

/// What templates receive: plain values looked up by name, never the compiler's types, and a
/// fingerprint covering every one of those values.
protocol ViewModel: MustacheParent, Fingerprintable {}

/// A link to another page: `url` is relative to the site's root, templates prefix `{{root}}`.
struct LinkView: ViewModel, Sendable {
    let label: String
    let url: String
    /// A short text beside the link (a count, a status).
    let note: String?

    init(label: String, url: String, note: String? = nil) {
        self.label = label
        self.url = url
        self.note = note
    }

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        case "note": orAbsent(note)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(label)
        hasher.add(url)
        note.fingerprint(into: &hasher)
    }
}

/// A status as text plus a colour class; the text is always shown, the colour only helps.
struct StatusView: ViewModel, Sendable {
    let label: String
    /// `early`, `active`, `done`, `closed` or `unknown`: a CSS class suffix.
    let category: String
    let url: String

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "category": category
        case "url": url
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(label)
        hasher.add(category)
        hasher.add(url)
    }
}
