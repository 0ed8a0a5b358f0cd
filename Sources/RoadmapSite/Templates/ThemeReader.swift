import RoadmapTheme

/// The files of one theme layer, read the same way whether the layer is a folder or the theme
/// compiled into the binary.
enum ThemeReader {
    /// One file of a layer: its path relative to the layer, where it came from (for messages),
    /// and its bytes, read only when asked for.
    struct File: Sendable {
        let relative: String
        let origin: String
        private let read: @Sendable () throws(SiteError) -> [UInt8]

        init(relative: String, origin: String, read: @escaping @Sendable () throws(SiteError) -> [UInt8]) {
            self.relative = relative
            self.origin = origin
            self.read = read
        }

        func bytes() throws(SiteError) -> [UInt8] { try read() }
    }

    /// Regular files of `layer` below `prefix` ("" for all), sorted by relative path. A folder
    /// that does not exist has none.
    static func files(of layer: ThemeLayer, under prefix: String) throws(SiteError) -> [File] {
        switch layer {
        case .folder(let folder):
            let base = prefix.isEmpty ? folder : folder + "/" + prefix
            guard FileSystem.kind(base) == .directory else { return [] }
            return try TemplateSet.files(in: base, under: "").map { below in
                let relative = prefix.isEmpty ? below : prefix + "/" + below
                let path = folder + "/" + relative
                return File(relative: relative, origin: path) { () throws(SiteError) in try FileSystem.read(path) }
            }
        case .embedded:
            let start = prefix.isEmpty ? "" : prefix + "/"
            return EmbeddedTheme.files.filter { $0.path.hasPrefix(start) }.map { file in
                File(relative: file.path, origin: "built-in theme: " + file.path) { file.bytes }
            }
        }
    }
}
