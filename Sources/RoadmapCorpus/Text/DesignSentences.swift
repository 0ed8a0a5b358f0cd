/// Sentence templates for the longer, more technical sections of big PRDs.
enum DesignSentences {
    static let design = [
        "The {system} keeps the source of truth; clients read through the {endpoint} endpoint and cache for {minutes} minutes.",
        "Writes go through a queue so a slow {otherSystem} never blocks {persona}.",
        "Each request carries an idempotency key, which makes retries from the mobile app safe.",
        "We add a `{column}` index to the {table} table; the migration runs online in about {minutes} minutes.",
        "Events are published on the `{tag}` topic and consumed by the {otherSystem} and the data warehouse.",
        "The old code path stays behind the {flag} flag until error rates match for {weeks} weeks.",
        "Permissions reuse the existing roles; no new scopes are needed for the {feature}.",
        "Backfill runs in batches of {count} rows overnight and can be paused from the admin console.",
        "Rate limits stay at {small} requests per second per account; bulk clients get a separate pool.",
        "Personal data is stored only in the {system}, encrypted at rest, and deleted after {small} months.",
        "The client renders optimistic updates and reconciles when the {system} confirms, usually within {days} seconds.",
        "Dashboards for latency, error rate and adoption live next to the existing {otherFeature} panels.",
    ].map(Template.init)

    static let alternative = [
        "We considered buying a vendor solution, but pricing at our volume came to about {money} a year.",
        "Patching the current {feature} would take {weeks} weeks and leave {pain} unsolved.",
        "A batch export once a day was the cheapest option, but {persona} told us it would not change their workflow.",
        "Building on the {otherSystem} instead would couple two roadmaps; the {team} team preferred to own it.",
        "Doing nothing keeps support load growing by about {percent}% a quarter.",
        "An in-app guide alone was tested with {small} accounts in {quarter} and did not move {metric}.",
    ].map(Template.init)

    static let analytics = [
        "Every step of the {feature} emits an event with the account, plan and client, so funnels can be cut by segment.",
        "The weekly review looks at {metric} next to support volume for the {feature}.",
        "A holdout of {percent}% of {persona} keeps the old experience for {weeks} weeks to measure the effect.",
    ].map(Template.init)

    static let all = [design, alternative, analytics]
}
