import RoadmapDriver
import ArgumentParser
import RoadmapCompiler
import RoadmapReport

/// The ways diagnostics can be printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github, sarif
}

enum DiagnosticOutput {
    static func render(_ compilation: Compilation, format: DiagnosticFormat, display: DisplayPath) -> String {
        let quoter = SourceQuoter(line: { compilation.line($1, of: $0) }, display: { display.show($0) })
        switch format {
        case .text:
            return TextReporter(quoter: quoter, color: Terminal.wantsColor(), width: Terminal.columns()).render(compilation.diagnostics, fileCount: compilation.fileCount)
        case .json:
            return JSONReporter(quoter: quoter).render(compilation.diagnostics, fileCount: compilation.fileCount)
        case .github:
            return GitHubReporter(quoter: quoter).render(compilation.diagnostics, fileCount: compilation.fileCount)
        case .sarif:
            return SARIFReporter(quoter: quoter, toolVersion: RoadmapVersion.current)
                .render(compilation.diagnostics, fileCount: compilation.fileCount)
        }
    }
}
