import Foundation

/// The entries the search page looks through: titles, ids, owners, teams and tags.
struct SearchIndex: Encodable {
    struct Entry: Encodable {
        let id: String
        let kind: String
        let title: String
        let url: String
        let owner: String?
        let team: String?
        let status: String?
        let tags: [String]
    }

    let schemaVersion = 1
    let entries: [Entry]

    init(_ model: SiteModel) {
        let objectives = model.roadmap.objectives.map { o in
            Entry(id: o.id.rawValue, kind: "objective", title: o.title, url: SitePath.objective(o.id.rawValue),
                  owner: o.owner, team: nil, status: o.period?.description, tags: [])
        }
        let features = model.roadmap.features.map { f in
            Entry(id: f.id.rawValue, kind: "prd", title: f.title, url: SitePath.feature(f.id.rawValue),
                  owner: f.owner, team: f.team, status: f.status, tags: f.tags)
        }
        entries = objectives + features
    }

    /// A script rather than a `.json` file: browsers refuse to fetch files from a site opened
    /// straight from the disk, but they do run its scripts.
    func script() -> [UInt8] {
        let json = (try? RoadmapDocument.encoder().encode(self)) ?? Data("{\"entries\":[]}".utf8)
        return Array("window.ROADMAP_SEARCH_INDEX = ".utf8) + Array(json) + Array(";\n".utf8)
    }
}
