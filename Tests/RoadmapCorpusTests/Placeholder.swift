import Testing

@Test func placeholder_RoadmapCorpusTests() {}
