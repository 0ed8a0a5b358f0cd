import Testing

@Test func placeholder_RoadmapSourcesTests() {}
