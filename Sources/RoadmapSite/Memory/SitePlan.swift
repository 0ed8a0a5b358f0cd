/// Every file a site will have, described but not rendered: each file's path and a way to learn
/// its inputs' fingerprint and, only when needed, its bytes. A plan can be written to a folder
/// (`SiteBuilder.build()`) or rendered into memory (`render(reusing:)`), which is what a preview
/// server serves.
public struct SitePlan: Sendable {
    let jobs: [OutputJob]
    /// Records what the jobs made, for the next plan; current once every job ran.
    var memo: PlanMemo? = nil

    /// The site's files, relative to its root, in the order they are rendered.
    public var paths: [String] { jobs.map(\.path) }

    /// Every file of the plan in memory. A file whose inputs have the same fingerprint as in
    /// `previous` keeps its bytes without being rendered again; so after an edit only the pages
    /// whose inputs changed are rendered.
    public func render(reusing previous: RenderedSite? = nil) throws(SiteError) -> RenderedSite {
        let outcomes = try ParallelRunner.run(jobs) { job throws(SiteError) -> (SiteFile, Bool) in
            let product = try job.make()
            if let old = previous?.files[job.path], old.fingerprint == product.digest { return (old, false) }
            let bytes = product.produce()
            let file = SiteFile(fingerprint: product.digest, bytes: bytes)
            // Inputs changed but the bytes came out the same: the file did not change.
            if let old = previous?.files[job.path], old.bytes == bytes { return (old, true) }
            return (file, true)
        }
        var files: [String: SiteFile] = [:]
        files.reserveCapacity(jobs.count)
        var rendered = 0
        for (job, (file, wasRendered)) in zip(jobs, outcomes) {
            files[job.path] = file
            if wasRendered { rendered += 1 }
        }
        memo?.commit()
        return RenderedSite(paths: paths, files: files, rendered: rendered)
    }
}
