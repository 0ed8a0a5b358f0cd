import Testing

@Test func placeholder_RoadmapCoreTests() {}
