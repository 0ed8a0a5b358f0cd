/// Sentence templates by the part of a PRD they belong to. Slots are listed in `Slot`.
enum Sentences {
    static let intro = bank([
        "This document proposes a {qualifier} version of the {feature} for {persona}.",
        "The {team} team wants to {verb} the {feature} this quarter.",
        "It summarises what we learned from {small} customer interviews and {count} support tickets.",
        "Owner of the rollout is {person}; questions go to the #{team} channel.",
        "The goal is to move {metric} without adding work for {otherPersona}.",
        "We reviewed an earlier draft with {person} and folded in their comments.",
    ])

    static let problem = bank([
        "Today {persona} have to {manual} before they can {goal}, and the median session takes {minutes} minutes.",
        "{percent}% of {persona} who open the {feature} leave before the last step.",
        "Support handled {count} tickets about the {feature} last quarter, most of them about {pain}.",
        "Interviews with {small} {persona} showed the same pattern: they give up after {pain}.",
        "Because the {system} was designed for a single region, it does not handle {pain} well.",
        "The current {feature} was built in a hurry {small} months ago and *nobody owns it today*.",
        "When the {system} is slow, {persona} retry, which doubles the load and makes {pain} worse.",
        "Sales lost at least {small} deals last quarter where the {feature} was named as a blocker.",
        "We cannot tell which {persona} use the {feature}, because the events are not instrumented.",
        "The workaround, asking {otherPersona} to {manual}, costs an estimated {money} a year.",
        "Competitors shipped a {qualifier} {feature} last year and prospects ask about it in most demos.",
        "Every change to the {feature} needs a deploy of the {system}, so fixes wait for the weekly train.",
        "Error logs show {count} failures a week in the {feature}, and {percent}% of them are retried by hand.",
        "New {persona} do not discover the {feature} at all: only {percent}% open it in their first month.",
        "Enterprise prospects ask for audit trails on the {feature} in almost every security review.",
        "In the last survey, {percent}% of {persona} rated the {feature} as hard or very hard to use.",
        "The {otherPersona} who help {persona} spend about {minutes} minutes per request on {pain}.",
        "Mobile sessions fail twice as often as desktop ones, mostly on slow networks.",
    ])

    static let proposal = bank([
        "We will {verb} the {feature} so that {persona} can {goal} without {pain}.",
        "The first iteration ships behind the {flag} flag to {percent}% of {persona}.",
        "The {system} exposes a new {endpoint} endpoint that the web and mobile clients share.",
        "Instead of a nightly job, the {system} publishes an event and the {feature} updates within seconds.",
        "We keep the existing screens and add a **{qualifier}** mode that power users can opt into.",
        "Defaults come from the account's history, so most {persona} never have to change them.",
        "Edge cases such as {pain} get a clear message and a link to the help center.",
        "The design reuses components from the {otherFeature}, which keeps the scope to about {weeks} weeks.",
        "Data is written to the {table} table, keyed by {column}, and backfilled for the last {small} months.",
        "Admins can turn the behaviour off per workspace during the first {weeks} weeks.",
        "We will measure each step of the flow so the next iteration can be driven by data.",
        "A lightweight settings page lets {persona} choose between the old and the new {feature}.",
        "The {team} team owns the client work; the {otherSystem} changes are small and already agreed.",
        "Empty states explain what the {feature} does and link to a two-minute video.",
        "Bulk actions cover the most common case, which interviews put at {percent}% of sessions.",
        "Notifications are batched into a daily digest so {persona} are not interrupted.",
        "We start with the web client; mobile follows in the next release train.",
    ])

    static let context = bank([
        "The {feature} was last reworked in {quarter} of last year as part of a larger migration.",
        "Usage grew {percent}% since then, mostly from {persona} on mobile.",
        "The {otherSystem} already stores most of the data we need, so no new storage is planned.",
        "Finance asked for this after the last audit, which flagged {pain} as a recurring issue.",
        "See the research notes from {person} for raw interview transcripts and survey results.",
        "Release {version} of the mobile app already contains the groundwork for this change.",
        "A similar approach worked well for the {otherFeature}, where it cut {pain} by {percent}%.",
        "Legal confirmed that no new consent is needed as long as data stays in the current region.",
        "The {team} team ran a spike in {quarter} and found no blocker in the {otherSystem}.",
        "Three of our ten largest accounts raised this in their last business review.",
    ])

    static let metric = bank([
        "Move {metric} in the direction the objective asks for within {weeks} weeks of launch.",
        "Reduce tickets tagged `{tag}` about the {feature} by {percent}%.",
        "At least {percent}% of {persona} use the new {feature} in their first week.",
        "No increase in p95 latency of the {system} at peak.",
        "Completion rate of the {feature} above {percent}% for {persona}.",
        "Time to {goal} under {minutes} minutes for the median account.",
    ])

    static let risk = bank([
        "**{risk}**: {mitigation}.",
        "**{risk}**: we plan to {mitigation}, owned by {person}.",
        "*Scope creep into the {otherFeature}*: keep it out of this release and track it separately.",
        "**{risk}**: if it hits, we fall back to the current {feature} for affected {persona}.",
    ])

    static let rollout = bank([
        "Internal dogfood with the {team} team for {weeks} weeks.",
        "Private beta with {small} invited accounts, weekly feedback calls.",
        "Ramp the {flag} flag to {percent}% of traffic and watch the dashboards.",
        "General availability, announcement in the changelog and the help center.",
        "Remove the old {feature} code path {weeks} weeks after general availability.",
        "Translate the new strings and review them with the localization vendor.",
        "Train support agents with a short video and an updated macro.",
        "Send an in-app message to {persona} who used the old {feature} in the last {days} days.",
        "Hold a go/no-go review with {person} and the on-call lead before each ramp step.",
        "Pause the ramp if the error rate of the {system} rises above {small} per thousand requests.",
        "Migrate the remaining {count} accounts in batches over {weeks} weeks.",
    ])

    static let question = bank([
        "Do we need a migration for accounts created before {quarter}?",
        "Should the {feature} be available on the free plan?",
        "Who owns the {otherSystem} changes after launch?",
        "Is {percent}% a realistic adoption target for {persona}?",
        "Can we reuse the {otherFeature} permission model, or do we need a new one?",
    ])

    static let story = bank([
        "As one of the {persona}, I want to {goal} without {pain}.",
        "As an admin, I want to see who changed the {feature} and when.",
        "As one of the {otherPersona}, I want a clear error when something fails, so I can fix it myself.",
        "As a developer, I want the {endpoint} endpoint to be idempotent so retries are safe.",
    ])

    static let nonGoal = bank([
        "Redesigning the {otherFeature}.",
        "Supporting the legacy {otherSystem} API.",
        "Changing prices or plan limits.",
        "A native desktop client.",
        "Real-time collaboration on the {feature}.",
    ])

    /// Every bank, for the test that all slots are known.
    static let all: [[Template]] = [
        intro, problem, proposal, context, metric, risk, rollout, question, story, nonGoal,
        ObjectiveSentences.summary, ObjectiveSentences.why,
    ] + DesignSentences.all

    private static func bank(_ sources: [String]) -> [Template] { sources.map(Template.init) }
}
