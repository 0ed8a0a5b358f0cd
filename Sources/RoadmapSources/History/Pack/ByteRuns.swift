#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where two byte strings agree, found with word-sized and vectorised comparisons.
enum ByteRuns {
    /// How many leading bytes `p` and `q` share.
    static func commonPrefix(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(p.count, q.count)
        guard n > 0, let a = p.baseAddress, let b = q.baseAddress else { return 0 }
        if memcmp(a, b, n) == 0 { return n }
        // Halve the window with memcmp until the first difference is bracketed.
        var low = 0, high = n
        while high - low > 64 {
            let middle = (low + high) / 2
            if memcmp(a + low, b + low, middle - low) == 0 { low = middle } else { high = middle }
        }
        while low < high, a[low] == b[low] { low += 1 }
        return low
    }

    /// How many trailing bytes `p` and `q` share, at most `limit`.
    static func commonSuffix(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        guard limit > 0, let a = p.baseAddress, let b = q.baseAddress else { return 0 }
        let pa = a + p.count, qb = b + q.count
        if memcmp(pa - limit, qb - limit, limit) == 0 { return limit }
        // The same halving as for the prefix, on windows that end where the strings end.
        var low = 0, high = limit
        while high - low > 64 {
            let middle = (low + high) / 2
            if memcmp(pa - middle, qb - middle, middle - low) == 0 { low = middle } else { high = middle }
        }
        while low < high, pa[-low - 1] == qb[-low - 1] { low += 1 }
        return low
    }

    /// The first index whose entry satisfies `reaches` (false then true along the array).
    static func firstIndex<T>(_ items: [T], _ reaches: (T) -> Bool) -> Int {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if reaches(items[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
