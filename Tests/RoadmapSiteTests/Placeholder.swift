import Testing

@Test func placeholder_site() {}
