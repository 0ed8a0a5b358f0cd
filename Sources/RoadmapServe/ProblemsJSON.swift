import Foundation
import RoadmapCore
import RoadmapDriver

/// The errors the page overlay lists, as the live script reads them.
enum ProblemsJSON {
    static func of(_ update: PreviewUpdate) -> String {
        let errors: [[String: Any]] = update.errors.map { d in
            var entry: [String: Any] = ["code": d.code.rawValue, "message": d.message]
            if let l = d.location { entry["location"] = "\(l.path):\(l.line):\(l.column)" }
            if let help = d.help { entry["help"] = help }
            return entry
        }
        var document: [String: Any] = ["errors": errors, "keptLastGoodSite": update.keptLastGoodSite]
        if let failure = update.failure { document["failure"] = failure }
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{\"errors\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static let none = "{\"errors\":[],\"keptLastGoodSite\":false}"
}
