import Foundation
import RoadmapCore
import RoadmapLSPProtocol
import RoadmapReport

/// `roadmap explain`'s text of each diagnostic code as a file, so that a diagnostic's
/// code in the editor links to it (LSP links codes to a URI; the roadmap has no web site of
/// its own). Written on first need into the roadmap's cache folder inside `.git`, which belongs
/// to roadmap; without a repository, codes carry no link.
final class ExplanationPages {
    private let folder: String
    private var written: Set<DiagnosticCode> = []

    init?(gitDirectory: String?) {
        guard let gitDirectory, FileManager.default.isWritableFile(atPath: gitDirectory) else { return nil }
        folder = gitDirectory + "/roadmap/explain"
    }

    func uri(for code: DiagnosticCode) -> String? {
        let path = folder + "/\(code.rawValue).txt"
        if !written.contains(code) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let text = ExplainText.explain(code)
            if (try? String(contentsOfFile: path, encoding: .utf8)) != text {
                guard (try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)) != nil else { return nil }
            }
            written.insert(code)
        }
        return FileURI.of(absolutePath: path)
    }
}
