/// The page an item's former id leaves behind: a link to the page under its new id, and a
/// redirect there, so links and bookmarks to the old address keep working.
struct RedirectContent: ViewModel {
    let formerID: String
    let id: String
    let title: String
    /// Root-relative page of the item now.
    let url: String
    /// `PRD` or `objective`.
    let kind: String

    func value(named name: String) -> Any? {
        switch name {
        case "formerID": formerID
        case "id": id
        case "title": title
        case "url": url
        case "kind": kind
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(formerID, id, title, url, kind) }
}
