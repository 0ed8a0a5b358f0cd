import ArgumentParser
import Foundation
import RoadmapCorpus

/// `roadmap-corpus`: generates deterministic roadmaps for benchmarks and tests.
@main
struct RoadmapCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap-corpus",
        abstract: "Generate a deterministic, seeded roadmap corpus, or a small demo roadmap with git history.",
        subcommands: [Generate.self, Demo.self])
}

extension HistoryShape: ExpressibleByArgument {}

/// `roadmap-corpus generate`: writes files, or a git repository with `--commits`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a corpus into a folder.")

    @Option(help: "Number of PRDs.") var prds = 10_000
    @Option(help: "Number of objectives.") var objectives = 300
    @Option(help: "Number of team folders.") var teams = 8
    @Option(help: "Seed; the same seed and options give byte-identical output.") var seed: UInt64 = 42
    @Option(help: "Commits of git history to generate (0: plain files, no repository).") var commits = 0
    @Option(help: ArgumentHelp("Shape of the history: \(HistoryShape.allCases.map(\.rawValue).joined(separator: ", ")).",
                               discussion: "small-commits: one file per commit; large-commits: 100-400 PRDs per commit; deep-edits: one PRD in fifty takes every edit; large-bodies: 50-100 KB bodies; renames: half of the edits move a file."))
    var shape: HistoryShape = .standard
    @Option(help: "Output folder.") var out: String
    @Flag(help: "Write into a non-empty folder, replacing an earlier corpus there.") var force = false

    func validate() throws {
        guard prds >= 0, objectives >= 0, commits >= 0 else { throw ValidationError("Counts must not be negative.") }
        guard teams >= 1 else { throw ValidationError("--teams must be at least 1.") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        if !CorpusWriter.isEmptyOrMissing(folder) {
            guard force else { throw CorpusError.folderNotEmpty(out) }
            try CorpusWriter.clearGenerated(in: folder, includingGit: commits > 0)
        }
        let generator = CorpusGenerator(spec: CorpusSpec(prds: prds, objectives: objectives, teams: teams, seed: seed, commits: commits, shape: shape))
        let clock = ContinuousClock()
        let started = clock.now
        if commits > 0 {
            let streamed = try GitHistoryWriter().write(generator, to: folder)
            print("Wrote \(commits) commits (\(megabytes(streamed)) MB fast-import stream) to \(out) in \(seconds(clock.now - started))")
        } else {
            let bytes = try CorpusWriter.write(generator.files(), to: folder)
            print("Wrote \(prds) PRDs and \(objectives) objectives (\(megabytes(bytes)) MB) to \(out) in \(seconds(clock.now - started))")
        }
    }

    private func seconds(_ duration: Duration) -> String {
        let (whole, fraction) = duration.components
        return String(format: "%.1f s", Double(whole) + Double(fraction) / 1e18)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
