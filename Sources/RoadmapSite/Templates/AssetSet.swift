import RoadmapTheme

/// Static files of the theme (`<templates>/assets/...`), published under the site's `assets/`.
/// A roadmap's own file of the same relative path replaces the default theme's.
struct AssetSet: Sendable {
    /// Relative path under `assets/` -> where its bytes come from.
    let files: [(relative: String, source: ThemeReader.File)]

    static func load(layers: [ThemeLayer]) throws(SiteError) -> AssetSet {
        var chosen: [String: ThemeReader.File] = [:]
        for layer in layers {
            for file in try ThemeReader.files(of: layer, under: "assets") {
                let relative = String(file.relative.dropFirst("assets/".count))
                guard chosen[relative] == nil else { continue }
                guard SitePath.isSafe(file.relative) else { throw SiteError.invalidAssetName(path: file.origin) }
                chosen[relative] = file
            }
        }
        return AssetSet(files: chosen.keys.sorted().compactMap { key in chosen[key].map { (key, $0) } })
    }
}
