/// Why a build did not produce a site. In every case the previous site is left as it was.
public enum SiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The roadmap has errors and `allowErrors` is off.
    case roadmapHasErrors(count: Int)
    /// The output path is unusable (relative, the file system root, no parent folder).
    case invalidOutputFolder(path: String, reason: String)
    /// The output path exists and is not a folder.
    case outputNotAFolder(path: String)
    /// The output folder is not empty and was not made by this tool; `force` overrides.
    case foreignOutputFolder(path: String)
    /// A template failed to parse, or refers to a partial that does not exist.
    case template(file: String, line: Int, column: Int, message: String)
    /// A page template was found in none of the template folders.
    case missingTemplate(name: String, searched: [String])
    /// An asset's file name cannot be published safely.
    case invalidAssetName(path: String)
    /// Reading or writing a file failed.
    case io(path: String, message: String)
    /// A generated output path failed validation; a bug, reported rather than written.
    case unsafeOutputPath(path: String)

    /// One line, compiler style for template errors (`file:line:col: error: ...`).
    public var description: String {
        switch self {
        case .roadmapHasErrors(let count):
            "the roadmap has \(count) error\(count == 1 ? "" : "s"); fix them or build with --allow-errors"
        case let .invalidOutputFolder(path, reason): "cannot use \(path) as the output folder: \(reason)"
        case .outputNotAFolder(let path): "\(path) exists and is not a folder"
        case .foreignOutputFolder(let path):
            "\(path) is not empty and was not created by roadmap build; choose another folder or use --force"
        case let .template(file, line, column, message): "\(file):\(line):\(column): error: \(message)"
        case let .missingTemplate(name, searched):
            "template \(name).mustache not found in \(searched.joined(separator: ", "))"
        case .invalidAssetName(let path):
            "asset \(path) has a name that cannot be published (use letters, digits, '.', '_' and '-')"
        case let .io(path, message): "\(path): \(message)"
        case .unsafeOutputPath(let path): "refusing to write outside the site: \(path)"
        }
    }
}
