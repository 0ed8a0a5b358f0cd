/// Static files of the theme (`<templates>/assets/...`), published under the site's `assets/`.
/// A roadmap's own file of the same relative path replaces the default theme's.
struct AssetSet: Sendable {
    /// Relative path under `assets/` -> absolute source file.
    let files: [(relative: String, source: String)]

    static func load(folders: [String]) throws(SiteError) -> AssetSet {
        var chosen: [String: String] = [:]
        for folder in folders {
            let assets = folder + "/assets"
            guard FileSystem.kind(assets) == .directory else { continue }
            for relative in try TemplateSet.files(in: assets, under: "") where chosen[relative] == nil {
                guard SitePath.isSafe("assets/" + relative) else {
                    throw SiteError.invalidAssetName(path: assets + "/" + relative)
                }
                chosen[relative] = assets + "/" + relative
            }
        }
        return AssetSet(files: chosen.keys.sorted().map { ($0, chosen[$0] ?? "") })
    }
}
