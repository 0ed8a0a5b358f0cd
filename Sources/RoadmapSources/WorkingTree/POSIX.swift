import RoadmapCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the system calls the working tree needs. Everything is `lstat`-style:
/// a symbolic link is looked at, never through.
enum POSIX {
    /// What a directory entry is, without following links.
    enum Kind {
        case directory
        case file(size: Int, stamp: FileStamp)
        case symlink
        /// Sockets, FIFOs, devices: never roadmap files. What it is, as "a FIFO".
        case other(String)
    }

    /// The kind of `name` inside the open directory `directory`; nil when it is gone.
    static func kind(of name: String, in directory: Int32) -> Kind? {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG:
            return .file(size: Int(info.st_size), stamp: FileStamp(
                modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                changedNanoseconds: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                inode: UInt64(info.st_ino)))
        case S_IFLNK: return .symlink
        case S_IFIFO: return .other("a FIFO")
        case S_IFSOCK: return .other("a socket")
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        default: return .other("not a regular file")
        }
    }

    /// True when the absolute `path` is a directory (following links: the root may be one).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Opens the sub-directory `name` of `directory` (or the absolute `name` when `directory` is
    /// `AT_FDCWD`), refusing symbolic links. Returns -1 and leaves `errno` set on failure.
    static func openDirectory(_ name: String, in directory: Int32 = AT_FDCWD) -> Int32 {
        openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }

    /// True when `directory` holds a `.git` entry, the mark of a nested repository or submodule.
    static func holdsGitEntry(_ directory: Int32) -> Bool {
        var info = stat()
        return fstatat(directory, ".git", &info, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// The text of the link `name` in `directory`, byte for byte.
    static func readLink(_ name: String, in directory: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            return readlinkat(directory, name, base.assumingMemoryBound(to: CChar.self), raw.count)
        }
        guard count >= 0 else { return nil }
        return Array(buffer[..<count])
    }

    /// The whole content of the regular file at `path`; refuses a link as the last component.
    static func readFile(_ path: String) throws(SystemError) -> [UInt8] {
        // Non-blocking: a FIFO put in place since the listing must not wait for a writer.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw SystemError(code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemError(code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw SystemError(code: EINVAL) }
        // Asking for one byte more than the size normally gets a short read, which for a regular
        // file means end of file; a file that grew meanwhile is read on in chunks.
        var bytes = try readOnce(fd, upTo: Int(info.st_size) + 1)
        guard bytes.count > Int(info.st_size) else { return bytes }
        while true {
            let chunk = try readOnce(fd, upTo: 65_536)
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
        }
    }

    /// One `read` of at most `limit` bytes, retried when interrupted.
    private static func readOnce(_ fd: Int32, upTo limit: Int) throws(SystemError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, initialized in
            repeat {
                let count = read(fd, buffer.baseAddress, limit)
                failure = count < 0 ? errno : 0
                initialized = max(0, count)
            } while failure == EINTR
        }
        if failure != 0 { throw SystemError(code: failure) }
        return bytes
    }

    /// The names in an open directory (without `.` and `..`); `fd` stays open. Names that are
    /// not valid UTF-8 are left out: they cannot be written in a roadmap path.
    static func names(in fd: Int32) -> [String]? {
        let own = dup(fd)
        guard own >= 0 else { return nil }
        guard let stream = fdopendir(own) else {
            close(own)
            return nil
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                UnsafeRawPointer(tuple).withMemoryRebound(to: CChar.self, capacity: 1) { String(validatingCString: $0) }
            }
            guard let name, name != ".", name != ".." else { continue }
            names.append(name)
        }
        return names
    }

    /// A failed system call's `errno`.
    struct SystemError: Error {
        var code: Int32
        var description: String { POSIX.describe(code) }
    }

    /// The system's description of an `errno` value.
    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// The canonical absolute form of `path` (links resolved); nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The current directory, absolute.
    static func currentDirectory() -> String? {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
