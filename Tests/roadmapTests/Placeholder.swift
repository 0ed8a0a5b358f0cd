import Testing

@Test func placeholder_roadmapTests() {}
