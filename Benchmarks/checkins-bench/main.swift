import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapHistory
import RoadmapSources

// The check-in series of every key result of a roadmap in git, from the warm history cache:
// mines once to warm the cache, then times (median of RUNS) loading the mined history from the
// cache, collecting every key result's series, and their forecasts and statuses.
//
//   swift run -c release checkins-bench ROADMAP [RUNS]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: checkins-bench ROADMAP [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

do {
    let location = try RoadmapLocation.resolve(arguments[1], currentDirectory: FileManager.default.currentDirectoryPath)
    let roadmap = try RoadmapCompiler(source: location.workingTree()).compile().roadmap
    var started = now()
    _ = try HistorySession.mine(location, config: roadmap.config, noCache: false)
    print(String(format: "first mine (warms the cache): %.0f ms", (now() - started) * 1000))
    var loads: [Double] = [], collects: [Double] = [], outlooks: [Double] = []
    var keyResults = 0, checkIns = 0, forecasts = 0
    for _ in 0..<runs {
        started = now()
        let mined = try HistorySession.mine(location, config: roadmap.config, noCache: false)
        loads.append(now() - started)
        guard mined.cacheUsed else { print("the cache was not used"); exit(1) }
        started = now()
        let series = KeyResultSeries.collect(mined.history)
        collects.append(now() - started)
        started = now()
        let all = KeyResultOutlook.all(roadmap, series: series)
        outlooks.append(now() - started)
        keyResults = series.count
        checkIns = series.values.reduce(0) { $0 + $1.checkIns.count }
        forecasts = all.values.count { $0.forecast != nil }
    }
    print("\(keyResults) key-result series, \(checkIns) check-ins, \(forecasts) forecasts")
    print(String(format: "warm cache load: %.1f ms; series of every key result: %.1f ms; forecasts and statuses: %.1f ms (medians of %d)",
                 median(loads) * 1000, median(collects) * 1000, median(outlooks) * 1000, runs))
} catch {
    print("error: \(error)")
    exit(1)
}
