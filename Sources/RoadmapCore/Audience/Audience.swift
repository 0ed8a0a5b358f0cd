/// One entry of `audiences` in `roadmap.yml`: a group of readers, what they may see and what is
/// kept from them. `roadmap build --audience NAME` builds the site that group sees.
public struct Audience: Hashable, Sendable {
    public var name: String
    /// The visibilities of the items shown; items of any other are hidden, with every mention.
    public var show: Set<Visibility>
    /// Front-matter fields cleared on every item shown (`owner`, `rice`, an extra field...).
    public var hideFields: Set<String>
    /// H2 headings removed from bodies with everything under them, as written in `roadmap.yml`.
    public var dropSections: [String]
    /// Whether pages may say how many items are not shown.
    public var sayHidden: Bool
    /// Where the audience's name is written in `roadmap.yml`.
    public var location: SourceLocation?
    /// Where each of `hideFields` and `dropSections` is written, for the checks that need the files.
    public var fieldLocations: [String: SourceLocation] = [:]
    public var sectionLocations: [String: SourceLocation] = [:]

    public init(name: String, show: Set<Visibility>, hideFields: Set<String> = [], dropSections: [String] = [],
                sayHidden: Bool = false, location: SourceLocation? = nil) {
        self.name = name
        self.show = show
        self.hideFields = hideFields
        self.dropSections = dropSections
        self.sayHidden = sayHidden
        self.location = location
    }

    /// Fields every PRD or objective may have hidden; besides these, a custom score's name and
    /// any field the format does not define. `rice` takes the RICE inputs and the RICE score.
    public static let hideableFields = ["owner", "team", "rice", "scores", "tags", "start", "due"]

    /// What the site says of itself in its footer, like "Public roadmap".
    public var label: String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst() + " roadmap"
    }
}
