import Mustache

/// A string handed to Mustache. Rendered exactly like the `String` it wraps (and escaped the
/// same way in `{{name}}`), but Mustache recognises it with one protocol check instead of the
/// several it tries on a bare `String` before falling back to `String(describing:)`; as a
/// section's context it answers no names, as a `String` does, without reflection.
struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }

    /// A string is never "null" to Mustache, even when empty.
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    /// The string's own transforms (`lowercased(title)`, `empty(owner)`, ...).
    func transform(_ name: String) -> Any? { text.transform(name) }
}
