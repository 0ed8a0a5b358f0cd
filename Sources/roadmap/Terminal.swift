import Foundation

/// Facts about where output goes.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func wantsColor(_ handle: FileHandle = .standardOutput) -> Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(handle.fileDescriptor) == 1
    }

    /// The columns a line of output may use: `COLUMNS` when set (so tests and scripts choose),
    /// else the terminal's width; nil when writing to a file or pipe, where lines are never cut.
    static func columns(_ handle: FileHandle = .standardOutput) -> Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        guard isatty(handle.fileDescriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(handle.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
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
