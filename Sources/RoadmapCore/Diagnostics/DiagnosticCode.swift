import Foundation

/// Every diagnostic the compiler can report, declared once. The raw value is the stable code users
/// see, search for and configure in `roadmap.yml`; never renumber or reuse one.
///
/// Ranges: RM0xx files, RM1xx front matter and YAML, RM2xx fields and types, RM3xx values,
/// RM4xx ids, RM5xx links, RM6xx RICE and key results, RM7xx bodies, RM8xx `roadmap.yml`,
/// RM90x coverage, RM95x history (from git: stale and slipping PRDs, shallow clones), RM96x
/// commands that edit files (`fix`, `move`, `set`).
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable, Comparable {
    case invalidUTF8 = "RM001"
    case binaryFile = "RM002"
    case emptyFile = "RM003"
    case fileTooLarge = "RM004"
    case symlinkOutsideRepository = "RM005"
    case symlinkNotFollowed = "RM006"
    case mergeConflictMarker = "RM007"
    case unreadableFile = "RM008"
    case notARegularFile = "RM009"

    case missingFrontMatter = "RM101"
    case unterminatedFrontMatter = "RM102"
    case frontMatterNotAtTop = "RM103"
    case frontMatterNotMapping = "RM104"
    case yamlSyntax = "RM105"
    case duplicateKey = "RM106"
    case tabIndentation = "RM107"
    case yamlAlias = "RM108"
    case yamlTooDeep = "RM109"

    case missingField = "RM201"
    case wrongType = "RM202"
    case unknownKey = "RM203"

    case unknownStatus = "RM301"
    case invalidDate = "RM302"
    case invalidQuarter = "RM303"
    case dueBeforeStart = "RM304"
    case invalidHorizon = "RM305"
    case quarterAndHorizon = "RM306"
    case invalidVisibility = "RM307"
    case overdue = "RM308"
    case zeroRICEInput = "RM309"

    case disallowedTransition = "RM320"
    case fieldRequiredByStatus = "RM321"
    case wipLimitExceeded = "RM330"

    case invalidID = "RM401"
    case duplicateID = "RM402"
    case idCollision = "RM403"
    case duplicateKeyResultID = "RM404"

    case unknownOKR = "RM501"
    case okrLinkToPRD = "RM502"
    case unknownDependency = "RM503"
    case dependencyOnObjective = "RM504"
    case selfDependency = "RM505"
    case dependencyCycle = "RM506"
    case brokenRelativeLink = "RM507"
    case referenceToUnreadableFile = "RM508"
    case dependencyDueLater = "RM509"

    case riceOutOfRange = "RM601"
    case riceIncomplete = "RM602"
    case targetEqualsBaseline = "RM603"
    case missingRICE = "RM604"

    case scoreInputOutOfRange = "RM610"
    case scoreIncomplete = "RM611"

    case keyResultConfidenceOutOfRange = "RM620"

    case missingSection = "RM701"
    case templatePrompt = "RM705"

    case invalidConfig = "RM801"
    case missingFolder = "RM802"

    case scoreFormulaSyntax = "RM810"
    case unknownScoreInput = "RM811"
    case scoreDivisionByZero = "RM812"
    case invalidScoreName = "RM813"
    case invalidScoreInput = "RM814"
    case invalidCapacity = "RM815"
    case unknownCapacityTeam = "RM816"
    case overCapacity = "RM817"
    case invalidAudience = "RM818"
    case unknownHiddenField = "RM819"
    case unknownDroppedSection = "RM820"
    case invalidPortfolio = "RM821"
    case unavailableSource = "RM822"
    case unknownSource = "RM823"
    case invalidLock = "RM824"

    case uncoveredKeyResult = "RM901"
    case uncoveredObjective = "RM902"
    case orphanFeature = "RM903"

    case stalePRD = "RM950"
    case repeatedSlips = "RM951"
    case shallowHistory = "RM952"

    case keyResultProjectedToMiss = "RM970"
    case keyResultWithoutCheckIn = "RM971"

    case unknownItem = "RM960"
    case ambiguousItem = "RM961"
    case fileChangedSinceRead = "RM962"
    case cannotEdit = "RM963"

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }

    /// The severity a rule has unless `roadmap.yml` changes it.
    public var defaultSeverity: Severity {
        switch self {
        case .symlinkNotFollowed, .unknownKey, .quarterAndHorizon, .brokenRelativeLink,
             .missingRICE, .missingFolder, .uncoveredKeyResult, .uncoveredObjective, .orphanFeature,
             .stalePRD, .repeatedSlips, .shallowHistory, .keyResultProjectedToMiss, .keyResultWithoutCheckIn, .overdue, .zeroRICEInput, .referenceToUnreadableFile,
             .dependencyDueLater, .templatePrompt, .wipLimitExceeded, .unknownCapacityTeam, .overCapacity, .unknownDroppedSection,
             .fileChangedSinceRead:
            .warning
        default:
            .error
        }
    }

    /// A short kebab-case name, readable next to the number (`RM402 duplicate-id`).
    public var name: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .binaryFile: "binary-file"
        case .emptyFile: "empty-file"
        case .fileTooLarge: "file-too-large"
        case .symlinkOutsideRepository: "symlink-outside-repository"
        case .symlinkNotFollowed: "symlink-not-followed"
        case .mergeConflictMarker: "merge-conflict-marker"
        case .unreadableFile: "unreadable-file"
        case .notARegularFile: "not-a-regular-file"
        case .missingFrontMatter: "missing-front-matter"
        case .unterminatedFrontMatter: "unterminated-front-matter"
        case .frontMatterNotAtTop: "front-matter-not-at-top"
        case .frontMatterNotMapping: "front-matter-not-mapping"
        case .yamlSyntax: "yaml-syntax"
        case .duplicateKey: "duplicate-key"
        case .tabIndentation: "tab-indentation"
        case .yamlAlias: "yaml-alias"
        case .yamlTooDeep: "yaml-too-deep"
        case .missingField: "missing-field"
        case .wrongType: "wrong-type"
        case .unknownKey: "unknown-key"
        case .unknownStatus: "unknown-status"
        case .invalidDate: "invalid-date"
        case .invalidQuarter: "invalid-quarter"
        case .dueBeforeStart: "due-before-start"
        case .invalidHorizon: "invalid-horizon"
        case .quarterAndHorizon: "quarter-and-horizon"
        case .invalidVisibility: "invalid-visibility"
        case .overdue: "overdue"
        case .zeroRICEInput: "zero-rice-input"
        case .disallowedTransition: "disallowed-transition"
        case .fieldRequiredByStatus: "field-required-by-status"
        case .invalidID: "invalid-id"
        case .duplicateID: "duplicate-id"
        case .idCollision: "id-collision"
        case .duplicateKeyResultID: "duplicate-key-result-id"
        case .unknownOKR: "unknown-okr"
        case .okrLinkToPRD: "okr-link-to-prd"
        case .unknownDependency: "unknown-dependency"
        case .dependencyOnObjective: "dependency-on-objective"
        case .selfDependency: "self-dependency"
        case .dependencyCycle: "dependency-cycle"
        case .brokenRelativeLink: "broken-relative-link"
        case .referenceToUnreadableFile: "reference-to-unreadable-file"
        case .dependencyDueLater: "dependency-due-later"
        case .wipLimitExceeded: "wip-limit-exceeded"
        case .riceOutOfRange: "rice-out-of-range"
        case .riceIncomplete: "rice-incomplete"
        case .targetEqualsBaseline: "target-equals-baseline"
        case .missingRICE: "missing-rice"
        case .scoreInputOutOfRange: "score-input-out-of-range"
        case .scoreIncomplete: "score-incomplete"
        case .missingSection: "missing-section"
        case .templatePrompt: "template-prompt"
        case .invalidConfig: "invalid-config"
        case .missingFolder: "missing-folder"
        case .scoreFormulaSyntax: "score-formula-syntax"
        case .unknownScoreInput: "unknown-score-input"
        case .scoreDivisionByZero: "score-division-by-zero"
        case .invalidScoreName: "invalid-score-name"
        case .invalidScoreInput: "invalid-score-input"
        case .invalidCapacity: "invalid-capacity"
        case .unknownCapacityTeam: "unknown-capacity-team"
        case .overCapacity: "over-capacity"
        case .invalidAudience: "invalid-audience"
        case .unknownHiddenField: "unknown-hidden-field"
        case .unknownDroppedSection: "unknown-dropped-section"
        case .invalidPortfolio: "invalid-portfolio"
        case .unavailableSource: "unavailable-source"
        case .unknownSource: "unknown-source"
        case .invalidLock: "invalid-lock"
        case .uncoveredKeyResult: "uncovered-key-result"
        case .uncoveredObjective: "uncovered-objective"
        case .orphanFeature: "orphan-feature"
        case .stalePRD: "stale-prd"
        case .repeatedSlips: "repeated-slips"
        case .shallowHistory: "shallow-history"
        case .keyResultConfidenceOutOfRange: "key-result-confidence-out-of-range"
        case .keyResultProjectedToMiss: "key-result-projected-to-miss"
        case .keyResultWithoutCheckIn: "key-result-without-check-in"
        case .unknownItem: "unknown-item"
        case .ambiguousItem: "ambiguous-item"
        case .fileChangedSinceRead: "file-changed-since-read"
        case .cannotEdit: "cannot-edit"
        }
    }

    /// Finds a code by its number (`RM402`, any case) or its name (`duplicate-id`).
    public init?(lookup: String) {
        let key = lookup.trimmingCharacters(in: .whitespaces)
        if let byNumber = DiagnosticCode(rawValue: key.uppercased()) {
            self = byNumber
        } else if let byName = DiagnosticCode.allCases.first(where: { $0.name == key.lowercased() }) {
            self = byName
        } else {
            return nil
        }
    }
}
