import Foundation
import RoadmapCore
import RoadmapExport
import RoadmapSite
import RoadmapSources

/// What an export takes from where the roadmap was read: the commit (for DTSTAMP, the footer
/// and `--since`), never the clock, so the same revision always exports the same bytes.
public struct ExportInputs: Sendable {
    /// The revision read, as `roadmap diff` names it: the commit's id, or HEAD for the working tree.
    public let commit: String
    /// `v1.0 @ 1a2b3c4` when read from a revision; nil for the working tree.
    public let revision: String?
    /// Seconds since 1970 of the commit read, else of HEAD, else SOURCE_DATE_EPOCH, else 0.
    public let stamp: Int64

    public init(location: RoadmapLocation, source: any RoadmapSource) {
        if let commit = source as? CommitSource {
            self.commit = commit.commitID
            revision = "\(commit.revision) @ \(commit.shortCommitID)"
            stamp = commit.commitTime
            return
        }
        commit = "HEAD"
        revision = nil
        if location.repository?.headCommitID != nil, let head = try? location.commit("HEAD") {
            stamp = head.commitTime
        } else {
            stamp = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) } ?? 0
        }
    }

    public func calendar(_ roadmap: Roadmap) -> String {
        ICalendarExport(stamp: stamp, domain: ICalendarExport.domain(for: roadmap.config),
                        generator: "roadmap " + RoadmapVersion.current).render(roadmap)
    }

    /// The exports `build --with-exports` puts into the site.
    public func siteFiles(_ roadmap: Roadmap) -> [String: String] {
        [SiteOptions.calendarFile: calendar(roadmap),
         SiteOptions.summaryFile: MarkdownSummary(revision: revision).render(roadmap)]
    }
}
