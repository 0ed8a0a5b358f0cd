import CGit2

extension GitRepository {
    /// A second handle on the same repository, for another thread: libgit2 handles must not be
    /// used by two threads at once, and sharing one behind the lock would serialise the work.
    func reopened() throws(SourceError) -> GitRepository {
        try GitRepository.open(at: workdir ?? gitDirectory)
    }
}
