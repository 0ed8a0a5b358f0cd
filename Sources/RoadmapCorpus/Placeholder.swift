enum RoadmapCorpusPlaceholder {}
