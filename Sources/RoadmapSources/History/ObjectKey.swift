import CGit2

/// A git object id as a small hashable value, so trees and blobs can key dictionaries without
/// going through hex text.
struct ObjectKey: Hashable {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }
}

extension git_oid {
    /// Byte equality of two ids, without a libgit2 call.
    func same(as other: git_oid) -> Bool {
        var a = self, b = other
        return withUnsafeBytes(of: &a.id) { x in withUnsafeBytes(of: &b.id) { y in x.elementsEqual(y) } }
    }
}
