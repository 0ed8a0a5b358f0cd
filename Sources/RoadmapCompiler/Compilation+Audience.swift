import RoadmapCore

extension Compilation {
    /// What `audience` may see of this compilation: the roadmap's projection (see
    /// `AudienceView`), without diagnostics or file texts, which name the files, ids and titles
    /// of hidden items. Items with errors are still marked broken.
    public func seen(by audience: Audience) -> Compilation {
        let view = AudienceView(roadmap, audience: audience)
        var shown = Compilation(roadmap: view.roadmap, diagnostics: [], texts: [:], fileCount: fileCount)
        shown.audience = view
        shown.stageTimes = stageTimes
        return shown
    }
}
