/// Fenced code blocks and pipe tables, the non-prose parts of a PRD.
enum Snippets {
    static func code(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        let type = camel(topic.feature)
        let snake = Slot.snake(topic.feature)
        switch rng.below(3) {
        case 0:
            return """
            ```json
            {
              "event": "\(snake).\(rng.pick(["completed", "started", "failed", "viewed"]))",
              "account_id": "acc_\(rng.within(1000...99999))",
              "properties": {
                "count": \(rng.within(1...5000)),
                "source": "\(rng.pick(["web", "ios", "android", "api"]))",
                "duration_ms": \(rng.within(20...9000))
              }
            }
            ```
            """
        case 1:
            return """
            ```swift
            struct \(type)Request: Codable, Sendable {
                let accountID: String
                let \(rng.pick(["limit", "pageSize", "batchSize"])): Int
                let includeArchived: Bool
            }

            func submit(_ request: \(type)Request) async throws -> \(type)Response {
                try await client.post("/v\(rng.within(1...3))/\(Slot.kebab(topic.feature))", body: request)
            }
            ```
            """
        default:
            return """
            ```sql
            SELECT account_id, count(*) AS attempts
            FROM \(snake)_events
            WHERE created_at >= now() - interval '\(rng.within(7...90)) days'
              AND status = '\(rng.pick(["failed", "abandoned", "completed"]))'
            GROUP BY account_id
            ORDER BY attempts DESC
            LIMIT \(rng.pick([10, 20, 50, 100]));
            ```
            """
        }
    }

    enum TableKind { case phases, options, segments }

    static func table(_ kind: TableKind, _ rng: inout SplitMix64, _ topic: Topic) -> String {
        var rows: [String]
        switch kind {
        case .phases:
            rows = ["| Phase | Audience | Duration |", "| --- | --- | ---: |"]
            for (n, audience) in ["Internal", "Beta", "10% ramp", "GA"].prefix(rng.within(3...4)).enumerated() {
                rows.append("| \(n + 1) | \(audience) | \(rng.within(2...6)) weeks |")
            }
        case .options:
            rows = ["| Option | Effort | Notes |", "| --- | :---: | --- |"]
            for option in ["Do nothing", "Patch the \(topic.feature)", "Rebuild on the \(topic.system)"] {
                rows.append("| \(option) | \(rng.pick(["S", "M", "L", "XL"])) | \(rng.pick(ProductWords.pains).capitalizedFirst) today |")
            }
        case .segments:
            rows = ["| Segment | Accounts | Share |", "| --- | ---: | ---: |"]
            for persona in rng.distinct(rng.within(3...5), below: ProductWords.personas.count) {
                rows.append("| \(ProductWords.personas[persona].capitalizedFirst) | \(Slot.grouped(rng.within(10...9000))) | \(rng.within(1...60))% |")
            }
        }
        return rows.joined(separator: "\n")
    }

    /// `invoice export` as `InvoiceExport`, for type names in code samples.
    static func camel(_ phrase: String) -> String {
        phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0).capitalizedFirst }.joined()
    }
}

extension String {
    var capitalizedFirst: String { Template.capitalized(self) }
}
