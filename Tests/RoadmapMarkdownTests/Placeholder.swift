import Testing

@Test func placeholder_RoadmapMarkdownTests() {}
