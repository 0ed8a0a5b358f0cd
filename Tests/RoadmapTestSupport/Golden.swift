import Foundation
import Testing

/// The one golden-file check of the test suites. `RECORD_GOLDEN=1 swift test --filter …` rewrites
/// the goldens it reaches and then fails every test that recorded, so a recording run can never
/// pass by accident: look at the diff (`git diff Tests/`), then run again without the switch.
public enum Golden {
    /// The one re-record switch.
    public static let environmentVariable = "RECORD_GOLDEN"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[environmentVariable] != nil }

    /// Compares `actual` with the file at `url` byte for byte, or, while recording, writes it
    /// there and records an issue that says so.
    public static func check(_ actual: String, against url: URL, _ what: String? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = what ?? url.lastPathComponent
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded the golden file of \(name); review the diff, then run again without \(environmentVariable)",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(url.path) for \(name); record it with \(environmentVariable)=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file; \(environmentVariable)=1 rewrites it if intended",
                sourceLocation: sourceLocation)
    }
}
