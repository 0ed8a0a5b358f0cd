enum RoadmapMarkdownPlaceholder {}
