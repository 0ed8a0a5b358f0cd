import Foundation
import RoadmapCore
import RoadmapDriver

// The library API's incremental speed, inside one long-lived session (what `serve`, `lsp` and
// `mcp` will see): a cold compile, then EDITS successive edits of one PRD's title and body, each
// written to disk and followed by a compile, twice: told the file with `filesChanged` (the tree is
// walked again), then as `serve`'s watcher tells it, `treeChanged` (the listing is kept). Prints
// the median and 90th percentile of edit -> new diagnostics for each, and the resident memory
// after 10 edits and after the last.
//
//   swift run -c release session-bench ROADMAP [EDITS]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: session-bench ROADMAP [EDITS]\n".utf8))
    exit(2)
}
let edits = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Resident set size in MB, from /proc/self/statm (pages).
func residentMB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return .nan }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

do {
    let started = now()
    let (session, _) = try RoadmapSession.open(arguments[1], environment: [:], caching: .memory)
    let first = try session.compile()
    print(String(format: "cold compile: %.0f ms, %d files, %d diagnostics", (now() - started) * 1000,
                 first.fileCount, first.diagnostics.count))
    guard let target = first.roadmap.features.first else { print("no PRD to edit"); exit(1) }
    let path = session.location.root + "/" + target.path
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    defer { try? original.write(to: URL(fileURLWithPath: path)) }
    let text = String(decoding: original, as: UTF8.self)
    var afterTen = Double.nan
    var edit = 0
    for watched in [false, true] {
        var times: [Double] = []
        var reusedLinks = 0
        var stages: [(stage: String, seconds: Double)] = []
        for _ in 1...edits {
            edit += 1
            let changed = text.replacingOccurrences(of: "title: \(target.title)", with: "title: \(target.title) \(edit)")
                + "\nEdit \(edit) of the body.\n"
            try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
            let t0 = now()
            if watched { session.treeChanged([target.path], covers: { _ in true }) } else { session.filesChanged([target.path]) }
            let compiled = try session.compile()
            times.append(now() - t0)
            stages = compiled.stageTimes
            precondition(compiled.roadmap.features.contains { $0.title == "\(target.title) \(edit)" }, "the edit was not seen")
            if session.lastLinkWasReused == true { reusedLinks += 1 }
            if edit == 10 { afterTen = residentMB() }
        }
        times.sort()
        let median = times[times.count / 2], p90 = times[times.count * 9 / 10]
        let reuse = session.lastCompileReuse
        let how = watched ? "told as a watcher tells (treeChanged)" : "told the file (filesChanged)"
        print("edit -> diagnostics over \(edits) edits, \(how): " + String(format: "median %.1f ms, p90 %.1f ms (last compile reused %d, analysed %d; link reused %d times)",
                     median * 1000, p90 * 1000, reuse?.reused ?? 0, reuse?.analysed ?? 0, reusedLinks))
        print("  stages of the last:", stages.map { "\($0.stage) " + String(format: "%.1f ms", $0.seconds * 1000) }.joined(separator: ", "))
    }
    let last = try session.compile()
    print("stages of a compile with nothing changed:", last.stageTimes.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", "))
    print(String(format: "resident memory: %.0f MB after 10 edits, %.0f MB after %d", afterTen, residentMB(), edit))
} catch {
    FileHandle.standardError.write(Data("session-bench: \(error)\n".utf8))
    exit(2)
}
