#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swaps two paths in one step, so that no moment exists (not even if the process is killed)
/// where the output folder is missing or half-replaced.
enum PathExchange {
    /// True when `a` and `b` were exchanged; false where the system or file system cannot do it
    /// (the caller then renames in two steps).
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        // renameat2 (glibc 2.28) is not in the Glibc module's headers as Swift imports them.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
