import RoadmapCore

/// The roadmap's dates as an iCalendar file (RFC 5545) to subscribe to: one all-day event for
/// each PRD's due day and start day, and one for the last day of each objective's period.
///
/// The output depends only on the roadmap and the values given here, never on the clock: the
/// DTSTAMP of every event is `stamp`, the time of the commit the roadmap was read from.
public struct ICalendarExport: Sendable {
    /// Seconds since 1970 (UTC) written as every event's DTSTAMP: the commit time.
    public var stamp: Int64
    /// The right-hand side of every UID (`prd.checkout.due@<domain>`), so events keep their
    /// identity across exports and do not collide with another roadmap's.
    public var domain: String
    /// Names the producer in PRODID, like `roadmap 0.1.0`.
    public var generator: String

    public init(stamp: Int64, domain: String, generator: String) {
        self.stamp = stamp
        self.domain = domain
        self.generator = generator
    }

    /// A UID domain for a roadmap: the host of an absolute `base_url`, else its title as a slug
    /// under `.roadmap.invalid` (a name that can never be a real host).
    public static func domain(for config: RoadmapConfig) -> String {
        let base = config.baseURL
        for scheme in ["https://", "http://"] where base.lowercased().hasPrefix(scheme) {
            let host = base.dropFirst(scheme.count).prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
            if !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) {
                return host.lowercased()
            }
        }
        let slug = Slug.make(config.title)
        return (slug.isEmpty ? "roadmap" : slug) + ".roadmap.invalid"
    }

    struct Event {
        let uid: String
        let day: CalendarDate
        let summary: String
        let description: String
        let categories: [String]
    }

    public func render(_ roadmap: Roadmap) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//roadmap//\(ICalendarText.escape(generator))//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape(roadmap.config.title),
        ]
        for event in events(roadmap) {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendarText.escape(event.uid),
                "DTSTAMP:" + ICalendarText.utcDateTime(stamp),
                "DTSTART;VALUE=DATE:" + ICalendarText.date(event.day),
                "DTEND;VALUE=DATE:" + ICalendarText.date(ICalendarText.nextDay(event.day)),
                "SUMMARY:" + ICalendarText.escape(event.summary),
                "DESCRIPTION:" + ICalendarText.escape(event.description),
            ]
            if !event.categories.isEmpty {
                lines.append("CATEGORIES:" + event.categories.map(ICalendarText.escape).joined(separator: ","))
            }
            // All-day markers of a plan, not appointments: they do not block time.
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// The events, by day and then UID, so the file changes only where the plan did.
    func events(_ roadmap: Roadmap) -> [Event] {
        var events: [Event] = []
        for feature in roadmap.features {
            let details = [feature.status, feature.team, feature.owner.isEmpty ? nil : "owner " + feature.owner]
                .compactMap { $0 }.joined(separator: " · ")
            let description = "PRD \(feature.id.rawValue): \(details)"
            let categories = ["PRD"] + (feature.team.map { [$0] } ?? [])
            if let start = feature.start {
                events.append(Event(uid: "prd.\(feature.id.rawValue).start@\(domain)", day: start,
                                    summary: "Starts: " + feature.title, description: description, categories: categories))
            }
            if let due = feature.due {
                events.append(Event(uid: "prd.\(feature.id.rawValue).due@\(domain)", day: due,
                                    summary: "Due: " + feature.title, description: description, categories: categories))
            }
        }
        for objective in roadmap.objectives {
            guard let period = objective.period else { continue }
            let owner = objective.owner.map { " · owner " + $0 } ?? ""
            events.append(Event(
                uid: "objective.\(objective.id.rawValue).period-end@\(domain)", day: period.lastDay,
                summary: "Objective ends: " + objective.title,
                description: "Objective \(objective.id.rawValue): end of \(period)" + owner, categories: ["Objective"]))
        }
        return events.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
    }
}
