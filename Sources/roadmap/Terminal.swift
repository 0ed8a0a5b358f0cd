import Foundation

/// Facts about where output goes.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func wantsColor(_ handle: FileHandle = .standardOutput) -> Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(handle.fileDescriptor) == 1
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `--timings`: one aligned line per stage, on standard error.
    static func writeTimings(_ stages: [(stage: String, seconds: Double)]) {
        for (stage, seconds) in stages {
            writeError(stage.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%8.1f ms\n", seconds * 1000))
        }
    }
}
