import RoadmapCore

/// Runs independent jobs on every core and returns their results in job order; when several
/// fail, the error of the first failing job is thrown, so failures are reported deterministically.
enum ParallelRunner {
    static func run<Job: Sendable, Result: Sendable>(
        _ jobs: [Job], _ body: @Sendable (Job) throws(SiteError) -> Result
    ) throws(SiteError) -> [Result] {
        let outcomes = ParallelMap.map(count: jobs.count) { i in
            Swift.Result { () throws(SiteError) -> Result in try body(jobs[i]) }
        }
        return try outcomes.map { outcome throws(SiteError) in try outcome.get() }
    }

    /// `(0..<count).map(body)` on every core, in order.
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        ParallelMap.map(count: count, body)
    }
}
