#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RoadmapSite

/// Watches a roadmap's folder tree for saved files with inotify and reports them in batches, for
/// the front ends that stay up while files change (`serve`, `lsp`).
///
/// Written on inotify directly because no package in reach watches files on Linux; it is small:
/// one watch per folder (inotify is not recursive), new folders watched as they appear, bursts of
/// events (an editor's write-rename-chmod, a `git checkout`) coalesced until the tree has been
/// quiet for `quiet` seconds. `.git/`, hidden folders, the output folder and editors' temporary
/// and backup files are ignored, so neither git nor an editor's swap file triggers an update.
public final class TreeWatcher: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWatch(String)
        public var description: String {
            switch self { case .cannotWatch(let why): "cannot watch the roadmap's files: \(why)" }
        }
    }

    public let root: String
    private let ignoredFolders: [String]
    private let quiet: Double
    private let fd: Int32
    /// A pipe whose read end wakes the watching thread's poll when `stop()` writes to it.
    private let wake: Int32
    private let wakeWriter: Int32
    private var folders: [Int32: String] = [:]
    private var thread: Thread?
    private let lock = NSLock()
    private var stopped = false
    /// Signalled when the watching thread has returned, so `stop()` can wait out a batch being reported.
    private let finished = DispatchSemaphore(value: 0)

    /// `ignoring`: folders relative to `root` whose contents never matter (the site's output).
    public init(root: String, ignoring: [String] = [], quiet: Double = 0.05) throws(Failure) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        ignoredFolders = ignoring.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.quiet = quiet
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw .cannotWatch(String(cString: strerror(errno))) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { close(fd); throw .cannotWatch(String(cString: strerror(errno))) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wake = ends[0]
        wakeWriter = ends[1]
        try addTree("")
    }

    deinit {
        close(fd)
        close(wake)
        close(wakeWriter)
    }

    /// Whether a change at `relative` (a path under the root) can matter to the roadmap.
    public func matters(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        for folder in parts.dropLast() where Self.skipsFolder(folder) { return false }
        for ignored in ignoredFolders where relative == ignored || relative.hasPrefix(ignored + "/") { return false }
        guard let name = parts.last else { return true }
        return !Self.isEditorTemporary(name)
    }

    static func skipsFolder(_ name: Substring) -> Bool { name.hasPrefix(".") || name == "node_modules" }

    /// Swap, backup and atomic-save files of vim, emacs, JetBrains IDEs, VS Code, macOS and others.
    static func isEditorTemporary(_ name: Substring) -> Bool {
        name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swo")
            || name == "4913" || name.hasPrefix(".#") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name == ".DS_Store" || name.hasSuffix(".tmp") || name.hasSuffix(".part") || name.hasSuffix(".crswap")
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___") || name.hasPrefix(".goutputstream-")
    }

    /// Calls `onChange` on a thread of its own with each batch of changed paths (relative to the
    /// root; a folder's path when a whole folder appeared; empty when the kernel's queue overflowed
    /// and anything may have changed), until `stop()`.
    public func start(_ onChange: @escaping @Sendable ([String]) -> Void) {
        let thread = Thread { [self] in
            run(onChange)
            finished.signal()
        }
        thread.name = "roadmap-watcher"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Ends the watching thread; no batch is reported after this returns, and a batch being reported
    /// when it is called has finished (its output is whole), unless called from that batch's callback.
    public func stop() {
        let (thread, wasStopped) = lock.withLock { () -> (Thread?, Bool) in
            defer { stopped = true }
            return (self.thread, stopped)
        }
        var one: UInt8 = 1
        _ = write(wakeWriter, &one, 1)
        if let thread, !wasStopped, thread != Thread.current {
            finished.wait()
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run(_ onChange: @Sendable ([String]) -> Void) {
        var batch = Set<String>()
        var firstAt = 0.0, lastAt = 0.0
        while !isStopped {
            // Wait for events; while a batch is open, only until it has been quiet long enough.
            let now = Self.seconds()
            let timeout: Int32 = batch.isEmpty ? -1 : Int32(max(0, min(lastAt + quiet, firstAt + 1) - now) * 1000) + 1
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if isStopped { return }
            if ready > 0, fds[0].revents & Int16(POLLIN) != 0 {
                let changed = readEvents()
                if !changed.isEmpty {
                    if batch.isEmpty { firstAt = Self.seconds() }
                    lastAt = Self.seconds()
                    batch.formUnion(changed)
                }
            }
            // Report once the tree is quiet, or every second during a steady stream (a long checkout).
            let later = Self.seconds()
            if !batch.isEmpty, later - lastAt >= quiet || later - firstAt >= 1 {
                let paths = batch.sorted().filter(stillMatters)
                batch = []
                if !paths.isEmpty { onChange(paths) }
            }
        }
    }

    /// A path that is gone by the time the batch is reported and could not have been a roadmap
    /// file was a tool's temporary file (sed -i, an editor's atomic save): not worth an update.
    private func stillMatters(_ relative: String) -> Bool {
        if relative.isEmpty || FileManager.default.fileExists(atPath: root + "/" + relative) { return true }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        if relative.hasPrefix("templates/") { return true }
        return name.hasSuffix(".md") || name.hasSuffix(".markdown") || name == "roadmap.yml" || name == "roadmap.yaml"
            || !name.contains(".") && lock.withLock({ folders.values.contains(relative) })
    }

    private static func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Every event waiting, as the root-relative paths that matter.
    private func readEvents() -> Set<String> {
        var changed = Set<String>()
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changed.insert(""); continue }
                if event.mask & UInt32(IN_IGNORED) != 0 { lock.withLock { _ = folders.removeValue(forKey: event.wd) }; continue }
                guard let folder = lock.withLock({ folders[event.wd] }) else { continue }
                let relative = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                guard !relative.isEmpty || event.mask & UInt32(IN_DELETE_SELF) != 0 else { continue }
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    guard !Self.skipsFolder(Substring(name)), matters(relative + "/x") else { continue }
                    try? addTree(relative)
                    changed.insert(relative)
                    continue
                }
                if matters(relative) { changed.insert(relative) }
            }
        }
        return changed
    }

    /// Watches `relative` (a folder under the root, "" for the root) and every folder below it.
    private func addTree(_ relative: String) throws(Failure) {
        let path = relative.isEmpty ? root : root + "/" + relative
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF)
            | UInt32(IN_ONLYDIR)
        let wd = inotify_add_watch(fd, path, mask)
        guard wd >= 0 else {
            if relative.isEmpty { throw .cannotWatch("\(path): \(String(cString: strerror(errno)))") }
            // A folder that vanished again, or one we may not read: nothing in it can be compiled either.
            return
        }
        lock.withLock { folders[wd] = relative }
        // Real folders only: a link to a folder outside the roadmap is not watched.
        let subfolders = ((try? FileSystem.listTyped(path)) ?? []).filter(\.1).map(\.0)
        for name in subfolders.sorted() where !Self.skipsFolder(Substring(name)) {
            let child = relative.isEmpty ? name : relative + "/" + name
            guard matters(child + "/x") else { continue }
            try addTree(child)
        }
    }

    /// How many folders are watched.
    public var folderCount: Int { lock.withLock { folders.count } }
}
