import Mustache

/// What a view model returns for a value it does not have.
///
/// Returning nil would make Mustache look the name up in the enclosing contexts, so a card
/// without a team inside a team's page would show the page's team. `Absent` stops the search
/// and renders as nothing, like a missing value should.
struct Absent: MustacheCustomRepresentation {
    var representation: Any? { nil }

    static let value = Absent()
}

/// The value itself, or `Absent` so the lookup stops here.
@inline(__always)
func orAbsent(_ value: Any?) -> Any {
    value ?? Absent.value
}
