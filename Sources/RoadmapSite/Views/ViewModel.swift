import Mustache

/// What templates receive: plain values looked up by name, never the compiler's types, and a
/// fingerprint covering every one of those values.
protocol ViewModel: MustacheParent, Fingerprintable {
    /// The value named `name`, nil when this model has none (Mustache then looks further out).
    func value(named name: String) -> Any?
}

extension ViewModel {
    /// What Mustache sees: strings go out as `Text`, which Mustache renders without the
    /// reflection and protocol look-ups it spends on a bare `String`.
    func child(named name: String) -> Any? {
        let found = value(named: name)
        if let text = found as? String { return Text(text) }
        return found
    }
}

/// A link to another page: `url` is relative to the site's root, templates prefix `{{root}}`.
struct LinkView: ViewModel, Sendable {
    let label: String
    let url: String
    /// A short text beside the link (a count, a status).
    let note: String?
    /// Shown on hover (`title`): the id behind a label that is a title.
    let hint: String?

    init(label: String, url: String, note: String? = nil, hint: String? = nil) {
        self.label = label
        self.url = url
        self.note = note
        self.hint = hint
    }

    func value(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        case "note": orAbsent(note)
        case "hint": orAbsent(hint)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(label)
        hasher.add(url)
        note.fingerprint(into: &hasher)
        hint.fingerprint(into: &hasher)
    }
}

/// A status as text plus a colour class; the text is always shown, the colour only helps.
struct StatusView: ViewModel, Sendable {
    let label: String
    /// `early`, `active`, `done`, `closed` or `unknown`: a CSS class suffix.
    let category: String
    let url: String

    func value(named name: String) -> Any? {
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
