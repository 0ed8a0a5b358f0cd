import RoadmapCore

extension SiteModel {
    /// The slug of a feature's team, or of the group of features without one.
    func teamSlug(_ feature: Feature) -> String { feature.team.flatMap(teams.slug) ?? SiteModel.noTeamSlug }

    /// Every team by name, then the group without a team: the order of lanes on the timeline, the
    /// board's swimlanes and the value vs effort pages.
    var teamGroups: [(slug: String, name: String)] {
        teams.slugs.sorted { $0.key < $1.key }.map { ($0.value, $0.key) } + [(SiteModel.noTeamSlug, SiteModel.noTeamName)]
    }
}
