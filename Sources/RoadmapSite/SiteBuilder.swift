import Dispatch
import RoadmapCore
import RoadmapHistory

/// Builds the static site of a compiled roadmap.
///
/// The site is written into a staging folder beside the output and swapped in only when every
/// file is complete; on any failure the previous site stays as it was and the staging folder is
/// removed. Files whose content did not change are carried over from the previous site (hard
/// links), so they keep their modification time; pages whose inputs did not change are not even
/// rendered.
public struct SiteBuilder: Sendable {
    /// The compiled roadmap; items with `hasErrors` are shown marked as broken.
    public let roadmap: Roadmap
    /// Everything the compile reported, shown on the health page and on the items' pages.
    public let diagnostics: [Diagnostic]
    /// Where and how to build.
    public let options: SiteOptions
    /// Renders Markdown bodies to safe HTML.
    public let bodyRenderer: any BodyRenderer
    /// The roadmap's git history up to the built revision; nil (or a history without commits)
    /// builds the site without history sections, Changes page and feed.
    public let history: RoadmapHistory?
    /// Lends a plan what the last rendered plan made (a preview's successive plans); nil plans
    /// from nothing.
    public let memo: PlanMemo?

    /// Describes a build; nothing happens until `build()`.
    public init(roadmap: Roadmap, diagnostics: [Diagnostic], options: SiteOptions, bodyRenderer: any BodyRenderer,
                history: RoadmapHistory? = nil, memo: PlanMemo? = nil) {
        self.roadmap = roadmap
        self.diagnostics = diagnostics
        self.options = options
        self.bodyRenderer = bodyRenderer
        self.history = history
        self.memo = memo
    }

    /// Every file of the site, planned but not rendered: what `build()` writes and what a
    /// preview server renders into memory. Throws when the diagnostics have errors and
    /// `allowErrors` is off, or when a template is broken.
    public func plan() throws(SiteError) -> SitePlan {
        if !options.allowErrors, diagnostics.hasErrors {
            throw SiteError.roadmapHasErrors(count: diagnostics.errorCount)
        }
        let templates = try TemplateSet.load(layers: options.themeLayers)
        let assets = try AssetSet.load(layers: options.themeLayers)
        let previous = memo?.begin() ?? PlanMemo.Entries()
        let words = ChangeText(roadmap: roadmap)
        let siteHistory: (SiteHistory, serial: Int)? = history.flatMap { history in
            memo.map { $0.siteHistory(history, words: words) } ?? SiteHistory(history, words: words).map { ($0, 0) }
        }
        let model = SiteModel(roadmap: roadmap, diagnostics: diagnostics, options: options, history: siteHistory?.0,
                              historySerial: siteHistory?.serial ?? 0, memo: memo, previous: previous)
        let planner = SitePlanner(model: model, templates: templates, bodyRenderer: bodyRenderer)
        let planned = planner.jobs() + assets.files.map { asset in
            OutputJob(path: "assets/" + asset.relative) { () throws(SiteError) in
                let bytes = try asset.source.bytes()
                return Product(digest: Digest.of(bytes: bytes)) { bytes }
            }
        } + options.extraFiles.keys.sorted().map { path in
            let bytes = Array((options.extraFiles[path] ?? "").utf8)
            return OutputJob(path: path) { Product(digest: Digest.of(bytes: bytes)) { bytes } }
        }
        // A roadmap built with errors may repeat an id; its first item keeps the page.
        var seen = Set<String>()
        let jobs = planned.filter { seen.insert($0.path).inserted }
        for job in jobs where !SitePath.isSafe(job.path) { throw SiteError.unsafeOutputPath(path: job.path) }
        return SitePlan(jobs: jobs, memo: memo)
    }

    /// Writes the site to `options.outputFolder`, replacing the previous site in one rename.
    /// Throws before touching anything when the diagnostics have errors and `allowErrors` is off,
    /// or when a template is broken; after a failure the previous site is as it was.
    public func build() throws(SiteError) -> SiteReport {
        let plan = try plan()
        let output = try OutputFolder.prepare(options.outputFolder, force: options.force)
        do {
            let report = try write(plan, into: output)
            try output.swapIn()
            return report
        } catch {
            output.discard()
            throw error
        }
    }

    private func write(_ plan: SitePlan, into output: OutputFolder) throws(SiteError) -> SiteReport {
        let jobs = plan.jobs
        var folders = Set<String>()
        for job in jobs {
            var folder = Substring(job.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        for folder in folders.sorted() { try FileSystem.makeDirectory(output.staging + "/" + folder) }
        let emitter = Emitter(
            staging: output.staging, previousRoot: output.previous == nil ? nil : output.path,
            previous: output.previous ?? Manifest(), incremental: options.incremental)
        let outcomes = try ParallelRunner.run(jobs) { job throws(SiteError) in try emitter.emit(job) }
        var manifest = Manifest()
        var written = 0
        for (job, outcome) in zip(jobs, outcomes) {
            manifest.entries[job.path] = outcome.entry
            if case .written = outcome { written += 1 }
        }
        try FileSystem.write(manifest.bytes, to: output.staging + "/" + Manifest.fileName)
        let removed = output.previous.map { old in old.entries.keys.count { manifest.entries[$0] == nil } } ?? 0
        return SiteReport(
            outputFolder: output.path, filesWritten: written, filesUnchanged: jobs.count - written,
            filesRemoved: removed, pageCount: jobs.count { $0.path.hasSuffix(".html") })
    }
}
