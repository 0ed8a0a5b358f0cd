import Foundation

/// Headless Chromium for the tests that look at pages as a browser does. CI installs it
/// (`scripts/install-deps.sh --browser`); tests that need it are `.enabled(if: locate() != nil)`.
public enum HeadlessChromium {
    public static func locate() -> String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs the browser headless with `arguments` and returns its standard output.
    public static func run(_ browser: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--no-first-run", "--hide-scrollbars"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page's DOM after its scripts ran (and redirects were followed).
    public static func dumpDOM(_ browser: String, url: String) throws -> String {
        try run(browser, ["--virtual-time-budget=2000", "--dump-dom", url])
    }
}
