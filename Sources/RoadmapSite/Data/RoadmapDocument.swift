import RoadmapCore

/// `roadmap.json`: the compiled roadmap for other tools. Version 1; fields are only ever added.
struct RoadmapDocument: Encodable {
    static let schemaVersion = 1

    struct Config: Encodable {
        let statuses: [String]
        let activeStatuses: [String]
        let doneStatuses: [String]
    }

    struct Rice: Encodable {
        let reach: Double
        let impact: Double
        let confidence: Double
        let effort: Double
        let score: Double
    }

    struct KeyResultRecord: Encodable {
        let id: String
        let ref: String
        let title: String
        let baseline: Double?
        let target: Double?
        let current: Double?
        let unit: String?
        /// 0 to 1, towards the target whichever way it lies; absent without the numbers.
        let progress: Double?
        let direction: String
        let movedBy: [String]
    }

    struct ObjectiveRecord: Encodable {
        let id: String
        let title: String
        let period: String?
        let owner: String?
        let path: String
        let url: String
        let hasErrors: Bool
        let movedBy: [String]
        let keyResults: [KeyResultRecord]
        let extra: [String: String]
    }

    struct FeatureRecord: Encodable {
        let id: String
        let title: String
        let status: String
        let owner: String
        let team: String?
        let quarter: String?
        let horizon: String?
        let start: String?
        let due: String?
        let okrs: [String]
        let dependsOn: [String]
        let dependents: [String]
        let rice: Rice?
        let rank: Int
        let tags: [String]
        let path: String
        let url: String
        let hasErrors: Bool
        let extra: [String: String]
    }

    struct Coverage: Encodable {
        let uncoveredKeyResults: [String]
        let uncoveredObjectives: [String]
        let orphanFeatures: [String]
    }

    struct DiagnosticRecord: Encodable {
        let code: String
        let name: String
        let severity: String
        let message: String
        let location: SourceLocation?
        let help: String?
        let notes: [Diagnostic.Note]
    }

    struct Summary: Encodable {
        let features: Int
        let objectives: Int
        let errors: Int
        let warnings: Int
    }

    let schemaVersion: Int
    let generator: String
    let title: String
    let config: Config
    let objectives: [ObjectiveRecord]
    let features: [FeatureRecord]
    /// Feature ids, highest RICE score first.
    let backlog: [String]
    let coverage: Coverage
    let diagnostics: [DiagnosticRecord]
    let summary: Summary
}
