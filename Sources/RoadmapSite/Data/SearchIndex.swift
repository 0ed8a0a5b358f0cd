import RoadmapCore

/// The entries the search page looks through: titles, ids, owners, teams and tags.
enum SearchIndex {
    static func build(_ model: SiteModel) -> JSONValue {
        let objectives = model.roadmap.objectives.map { o in
            JSONValue.object([
                "id": .string(o.id.rawValue), "kind": .string("objective"), "title": .string(o.title),
                "url": .string(SitePath.objective(o.id.rawValue)), "owner": o.owner.map(JSONValue.string),
                "status": o.period.map { .string($0.description) }, "tags": .array([]),
            ])
        }
        let features = model.roadmap.features.map { f in
            JSONValue.object([
                "id": .string(f.id.rawValue), "kind": .string("prd"), "title": .string(f.title),
                "url": .string(SitePath.feature(f.id.rawValue)), "owner": .string(f.owner),
                "team": f.team.map(JSONValue.string), "status": .string(f.status), "tags": .strings(f.tags),
            ])
        }
        return .object(["schemaVersion": .integer(1), "entries": .array(objectives + features)])
    }

    /// A script rather than a `.json` file: browsers refuse to fetch files from a site opened
    /// straight from the disk, but they do run its scripts.
    static func script(_ model: SiteModel) -> [UInt8] {
        Array("window.ROADMAP_SEARCH_INDEX = ".utf8) + build(model).compactBytes + Array(";\n".utf8)
    }
}
