import Testing

@Test func placeholder_RoadmapCompilerTests() {}
