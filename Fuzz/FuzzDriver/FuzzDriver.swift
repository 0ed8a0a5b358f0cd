#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs libFuzzer with `body` as the target. The fuzz executables are built only by
/// `scripts/fuzz.sh` (with `-sanitize=fuzzer,address -D FUZZING`); a plain `swift build`
/// makes them too, as stubs that say how to build them.
#if FUZZING
nonisolated(unsafe) private var target: (([UInt8]) -> Void)?

// libFuzzer's entry for programs with their own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// libFuzzer's own `main` is linked in as well and needs this symbol, though ours runs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

public func fuzz(_ body: @escaping ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv) { fuzzOne($0, $1) })
}
#else
public func fuzz(_ body: @escaping ([UInt8]) -> Void) -> Never {
    let message = "this is a fuzz target: build and run it with scripts/fuzz.sh TARGET SECONDS\n"
    _ = write(2, message, message.utf8.count)
    exit(2)
}
#endif
