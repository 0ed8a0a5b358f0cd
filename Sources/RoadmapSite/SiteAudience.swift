import RoadmapCore

/// Who a site is built for when it is not the team's (`roadmap build --audience NAME`): the
/// roadmap it is given is already the audience's projection (`AudienceView`); this is what the
/// pages still need to know of it.
public struct SiteAudience: Hashable, Sendable {
    /// What the footer calls the site, like "Public roadmap".
    public var label: String
    /// Files of hidden items, by root-relative path: body links to them become plain text.
    public var hidden: [String: AudienceView.HiddenItem]
    /// "3 PRDs are not shown.", when the audience may be told.
    public var notShown: String?
    /// The fields cleared on every item (`hide_fields`): pages leave out their rows, rather than
    /// show them empty or say "no RICE score yet".
    public var hiddenFields: Set<String>

    public init(_ view: AudienceView) {
        label = view.audience.label
        hidden = view.hidden
        notShown = view.notShownNote
        hiddenFields = view.audience.hideFields
    }
}
