enum RoadmapSitePlaceholder {}
