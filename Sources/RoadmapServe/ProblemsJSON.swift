import RoadmapCore
import RoadmapDriver

/// The errors the page overlay lists, as the live script reads them: `{schemaVersion, errors,
/// keptLastGoodSite, failure}`, each error as every other document writes a diagnostic.
enum ProblemsJSON {
    static let schemaVersion = 2

    static func of(_ update: PreviewUpdate) -> String {
        document(errors: update.errors, keptLastGoodSite: update.keptLastGoodSite, failure: update.failure)
    }

    static let none = document(errors: [], keptLastGoodSite: false, failure: nil)

    private static func document(errors: [Diagnostic], keptLastGoodSite: Bool, failure: String?) -> String {
        let value = JSONValue.object([
            "schemaVersion": .integer(schemaVersion), "errors": .array(errors.map { $0.json() }),
            "keptLastGoodSite": .bool(keptLastGoodSite), "failure": failure.map(JSONValue.string),
        ])
        return String(decoding: value.compactBytes, as: UTF8.self)
    }
}
