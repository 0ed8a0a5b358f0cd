// The source protocol and its value types (`RoadmapSource`, `SourceEntry`, `SourceError`) live in
// RoadmapCore, so the compiler and the site need no git; this target's API is made of them, so
// importing it brings them along, as it did when they were defined here.
@_exported import RoadmapCore
