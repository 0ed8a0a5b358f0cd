/// One output file: the fingerprint of its inputs and, only if needed, its bytes.
struct Product {
    let digest: Digest
    let produce: () -> [UInt8]
}

/// A file the site will contain.
struct OutputJob: Sendable {
    /// Relative to the site's root.
    let path: String
    let make: @Sendable () throws(SiteError) -> Product
}

/// Writes files into the staging folder, reusing the previous site's file whenever it is
/// current, so unchanged files keep their bytes, inode and modification time.
struct Emitter: Sendable {
    enum Outcome: Sendable {
        case written(Manifest.Entry)
        case unchanged(Manifest.Entry)

        var entry: Manifest.Entry {
            switch self {
            case .written(let e), .unchanged(let e): e
            }
        }
    }

    let staging: String
    /// The current site, when it was made by this tool.
    let previousRoot: String?
    let previous: Manifest
    /// Trust matching fingerprints without rendering.
    let incremental: Bool

    func emit(_ job: OutputJob) throws(SiteError) -> Outcome {
        guard SitePath.isSafe(job.path) else { throw SiteError.unsafeOutputPath(path: job.path) }
        let target = staging + "/" + job.path
        let product = try job.make()
        let old = previousRoot.map { $0 + "/" + job.path }
        if incremental, let old, let entry = previous.entries[job.path], entry.digest == product.digest,
           FileSystem.size(old) == entry.size {
            try FileSystem.carryOver(old, to: target)
            return .unchanged(entry)
        }
        let bytes = product.produce()
        let entry = Manifest.Entry(digest: product.digest, size: bytes.count)
        if let old, FileSystem.size(old) == bytes.count, (try? FileSystem.read(old)) == bytes {
            try FileSystem.carryOver(old, to: target, bytes: bytes)
            return .unchanged(entry)
        }
        try FileSystem.write(bytes, to: target)
        return .written(entry)
    }
}
