import RoadmapSources
import Testing

@Suite struct GitConfigTests {
    @Test func readsUserNameFromTheRepositoryConfig() throws {
        let fixture = try GitFixture()
        try fixture.git("config", "user.name", "Ada Lovelace")
        try fixture.git("config", "user.email", "ada@example.com")
        let repository = try fixture.repository()
        #expect(GitConfig.userName(for: repository) == "Ada Lovelace")
        #expect(GitConfig.string("user.email", for: repository) == "ada@example.com")
        #expect(GitConfig.string("roadmap.nothing", for: repository) == nil)
    }

    @Test func withoutARepositoryReadsTheGlobalConfigLikeGit() throws {
        let fixture = try GitFixture(git: false)
        // The same configuration git itself would read for this user, whatever it holds.
        let expected = try? fixture.plainGit("config", "--global", "user.name")
        #expect(GitConfig.userName(for: nil) == ((expected?.isEmpty ?? true) ? nil : expected))
    }
}
