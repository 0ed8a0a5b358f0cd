/// Why writing a corpus failed.
public enum CorpusError: Error, CustomStringConvertible, Sendable {
    /// The output folder has files in it and overwriting was not allowed.
    case folderNotEmpty(String)
    /// A `git` command exited with a failure status; `output` is what it wrote to stderr.
    case gitFailed(command: String, status: Int32, output: String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .folderNotEmpty(let path): "\(path) is not empty (use --force to write into it anyway)"
        case .gitFailed(let command, let status, let output):
            "`\(command)` failed with status \(status)" + (output.isEmpty ? "" : ": \(output)")
        }
    }
}
