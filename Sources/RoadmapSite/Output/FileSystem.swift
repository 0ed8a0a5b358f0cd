import Dispatch
#if canImport(Glibc)
import Glibc
private let posixRead = Glibc.read
private let posixWrite = Glibc.write
private let posixRename = Glibc.rename
#elseif canImport(Darwin)
import Darwin
private let posixRead = Darwin.read
private let posixWrite = Darwin.write
private let posixRename = Darwin.rename
#endif

/// Thin POSIX file operations: never follow symbolic links when deleting or listing, report
/// failures as `SiteError.io` with the path, and stay fast on tens of thousands of files.
package enum FileSystem {
    enum Kind: Equatable { case missing, file, directory, symlink, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Size of a regular file, or nil.
    static func size(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Entry names of a folder, sorted, without `.` and `..`.
    static func list(_ path: String) throws(SiteError) -> [String] {
        guard let dir = opendir(path) else { throw error(path, "cannot list folder") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func read(_ path: String) throws(SiteError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path, "cannot open") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(path, "cannot read")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Creates a new file; fails rather than overwrite, since the build folder starts empty.
    static func write(_ bytes: [UInt8], to path: String) throws(SiteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw error(path, "cannot create") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(path, "cannot write")
            }
            offset += n
        }
    }

    static func makeDirectory(_ path: String) throws(SiteError) {
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && kind(path) == .directory) else {
            throw error(path, "cannot create folder")
        }
    }

    static func rename(_ from: String, to: String) throws(SiteError) {
        guard posixRename(from, to) == 0 else { throw error(from, "cannot rename to \(to)") }
    }

    /// Hard-links an unchanged file of the previous site into the new one, keeping its
    /// modification time; falls back to a copy with the old times where links are not allowed.
    static func carryOver(_ from: String, to: String, bytes: [UInt8]? = nil) throws(SiteError) {
        if link(from, to) == 0 { return }
        var info = stat()
        guard lstat(from, &info) == 0 else { throw error(from, "cannot read") }
        let content: [UInt8]
        if let bytes { content = bytes } else { content = try read(from) }
        try write(content, to: to)
        var times = [info.st_atim, info.st_mtim]
        _ = utimensat(AT_FDCWD, to, &times, 0)
    }

    /// Deletes a file or a folder tree. Symbolic links are removed, never followed. Large folders
    /// are emptied on every core: deleting the previous site is on the path of every rebuild.
    static func removeTree(_ path: String) throws(SiteError) {
        switch kind(path) {
        case .missing: return
        case .directory:
            var files: [String] = []
            for (name, isDirectory) in try listTyped(path) {
                if isDirectory { try removeTree(path + "/" + name) } else { files.append(path + "/" + name) }
            }
            if files.count > 256 {
                let all = files
                DispatchQueue.concurrentPerform(iterations: all.count) { _ = unlink(all[$0]) }
            } else {
                for file in files { _ = unlink(file) }
            }
            guard rmdir(path) == 0 else { throw error(path, "cannot remove folder") }
        default:
            guard unlink(path) == 0 else { throw error(path, "cannot remove") }
        }
    }

    /// Entry names with whether each is a real folder (never a link to one), from `d_type`
    /// where the file system provides it (a folder of 10,000 files is listed without a `stat` of
    /// each). Also the driver's file watcher's listing.
    package static func listTyped(_ path: String) throws(SiteError) -> [(String, Bool)] {
        guard let dir = opendir(path) else { throw error(path, "cannot list folder") }
        defer { closedir(dir) }
        var entries: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != ".", name != ".." else { continue }
            let type = entry.pointee.d_type
            let isDirectory = type == UInt8(DT_UNKNOWN) ? kind(path + "/" + name) == .directory : type == UInt8(DT_DIR)
            entries.append((name, isDirectory))
        }
        return entries
    }

    private static func error(_ path: String, _ what: String) -> SiteError {
        .io(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
