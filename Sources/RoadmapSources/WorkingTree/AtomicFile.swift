#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file of the working tree in one step: the new bytes go to a temporary file beside
/// it (same folder, so the same file system), are flushed, and are renamed over the old file,
/// which keeps its permissions. Readers see the old file or the new one, never half of each.
public enum AtomicFile {
    public enum Outcome: Equatable, Sendable {
        case written
        /// The file no longer holds the bytes it was read with; it was left alone.
        case changedSinceRead
    }

    /// Writes `bytes` to the absolute `path` if the file still holds exactly `expected`.
    public static func replace(_ path: String, with bytes: [UInt8], ifStill expected: [UInt8]) throws(SourceError) -> Outcome {
        let current: [UInt8]
        do { current = try POSIX.readFile(path) } catch { throw SourceError("cannot read \(path): \(error.description)") }
        guard current == expected else { return .changedSinceRead }
        var info = stat()
        guard stat(path, &info) == 0 else { throw SourceError("cannot read \(path): \(POSIX.describe(errno))") }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = String(path.split(separator: "/").last ?? "file")
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".roadmap-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw SourceError("cannot write beside \(path): \(POSIX.describe(errno))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if failure == 0, fchmod(fd, info.st_mode & 0o7777) != 0 { failure = errno }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw SourceError("cannot write \(path): \(POSIX.describe(failure))")
        }
        return .written
    }
}
