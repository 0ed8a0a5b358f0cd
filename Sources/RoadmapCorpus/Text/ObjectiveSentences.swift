/// Sentence templates for objective files; `{feature}` is the objective's area.
enum ObjectiveSentences {
    static let summary = [
        "This objective is about {feature} for {persona} and the teams that serve them.",
        "Last cycle we made progress on {feature}, but {pain} still costs us customers.",
        "The {team} team leads the work; other teams contribute through their PRDs.",
        "We will know we succeeded when {metric} reaches its target.",
        "Most of the gap comes from {persona}, who run into {pain} more often than anyone else.",
        "Leadership reviews progress every two weeks in the roadmap sync, with {person} presenting.",
    ].map(Template.init)

    static let why = [
        "{persona} are our fastest-growing segment and feel {pain} the most.",
        "Analysts expect demand for better {feature} to grow {percent}% next year.",
        "Every point of {metric} is worth about {money} in annual revenue.",
        "Support spends {percent}% of its time on issues tied to {feature}.",
        "Two of our largest competitors made {feature} the theme of their last launch.",
    ].map(Template.init)
}
