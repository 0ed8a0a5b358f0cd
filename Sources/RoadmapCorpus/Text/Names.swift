/// People, teams and tags of the fictional company the corpus describes.
enum Names {
    static let firstNames = [
        "Ana", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Gabriel", "Hana", "Ines", "Jonas",
        "Kwame", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomas",
        "Uma", "Victor", "Wen", "Yusuf", "Zoe", "Aiko", "Bruno", "Carmen", "Diego", "Esther",
    ]

    static let lastNames = [
        "Ruiz", "Okafor", "Lindqvist", "Natarajan", "Kowalski", "Haddad", "Moreau", "Tanaka",
        "Silva", "Brennan", "Mensah", "Novak", "Fischer", "Aydin", "Costa", "Park", "Ivanova",
        "Dubois", "Achebe", "Larsen", "Varga", "Sato", "Oliveira", "Schmidt", "Reyes",
    ]

    /// Team folder names; more teams than these get a numeric suffix.
    static let teams = [
        "payments", "growth", "platform", "mobile", "search", "identity", "onboarding", "analytics",
        "billing", "notifications", "marketplace", "support-tools", "data-platform", "checkout",
        "integrations", "trust-safety",
    ]

    static let tags = [
        "mobile", "web", "api", "enterprise", "self-serve", "compliance", "performance", "ux",
        "pricing", "retention", "activation", "reliability", "accessibility", "security", "i18n",
        "experiment", "tech-debt", "partner", "ai", "reporting",
    ]

    /// A stable full name for a number, so owners and commit authors come from one roster.
    static func person(_ n: Int) -> String {
        "\(firstNames[n % firstNames.count]) \(lastNames[(n / firstNames.count + n) % lastNames.count])"
    }

    static func email(_ n: Int) -> String {
        let name = person(n).lowercased().split(separator: " ").joined(separator: ".")
        return "\(name)@example.com"
    }

    /// The `index`th team name, unique for any count.
    static func team(_ index: Int) -> String {
        let base = teams[index % teams.count]
        let round = index / teams.count
        return round == 0 ? base : "\(base)-\(round + 1)"
    }
}
