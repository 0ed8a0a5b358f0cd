import Foundation
import RoadmapCore
import RoadmapScaffold
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Über schnelle Zahlung", "uber-schnelle-zahlung"),
        ("Straße & Œuvre", "strasse-oeuvre"),
        ("Łódź płatności", "lodz-platnosci"),
        ("Привет мир", "privet-mir"),
        ("  Saved   cards!! ", "saved-cards"),
        ("SEPA Direct Debit (v2)", "sepa-direct-debit-v2"),
        ("Ærø: 2026 plan", "aero-2026-plan"),
        ("新しい決済フロー", ""),
        ("新しい checkout フロー", "checkout"),
        ("🚀🔥", ""),
        ("", ""),
    ])
    func slugs(_ title: String, _ expected: String) {
        #expect(Slug.make(title) == expected)
    }

    @Test func longTitlesAreCutAtAWordBoundary() {
        let title = "Make the checkout of every returning customer faster than anything our competitors offer"
        let slug = Slug.make(title)
        #expect(slug == "make-the-checkout-of-every-returning-customer-faster-than")
        #expect(slug.count <= Slug.maximumLength)
        #expect(ItemID(slug) != nil)
    }
}

@Suite struct IDAllocatorTests {
    @Test func takenIdsGetASuffix() {
        let allocator = IDAllocator(taken: ["saved-cards", "saved-cards-2"])
        #expect(allocator.id(forTitle: "Saved cards", kind: .feature).rawValue == "saved-cards-3")
        #expect(allocator.id(forTitle: "Card vault", kind: .feature).rawValue == "card-vault")
    }

    @Test func titlesWithoutASCIISpellingCountUp() {
        let allocator = IDAllocator(taken: ["prd-1"])
        #expect(allocator.id(forTitle: "🚀", kind: .feature).rawValue == "prd-2")
        #expect(allocator.id(forTitle: "決済フロー", kind: .objective).rawValue == "objective-1")
    }

    @Test func existingFilesVetoACandidate() {
        let allocator = IDAllocator(taken: [])
        let id = allocator.id(forTitle: "Saved cards", kind: .feature) { $0.rawValue != "saved-cards" }
        #expect(id.rawValue == "saved-cards-2")
    }
}

@Suite struct OwnerNameTests {
    @Test func gitNameThenUserThenTBD() {
        #expect(OwnerName.resolve(gitUserName: "Ada Lovelace", environment: ["USER": "ada"]) == "Ada Lovelace")
        #expect(OwnerName.resolve(gitUserName: nil, environment: ["USER": "ada"]) == "ada")
        #expect(OwnerName.resolve(gitUserName: "  ", environment: ["LOGNAME": "bob"]) == "bob")
        #expect(OwnerName.resolve(gitUserName: nil, environment: [:]) == "TBD")
    }
}

@Suite struct TodayTests {
    @Test func dayInTheGivenZone() throws {
        // 2026-03-31T23:30:00Z is already April 1st in Berlin: the quarter changes with it.
        let instant = Date(timeIntervalSince1970: 1_774_999_800) // 2026-03-31T23:30:00Z
        let utc = Today.date(at: instant, in: try #require(TimeZone(identifier: "UTC")))
        let berlin = Today.date(at: instant, in: try #require(TimeZone(identifier: "Europe/Berlin")))
        #expect(utc.description == "2026-03-31")
        #expect(utc.quarter.description == "2026-Q1")
        #expect(berlin.description == "2026-04-01")
        #expect(berlin.quarter.description == "2026-Q2")
    }
}
