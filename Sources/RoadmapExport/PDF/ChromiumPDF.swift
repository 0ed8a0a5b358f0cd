import Foundation

/// Prints HTML to PDF with headless Chromium, the one PDF engine the project relies on.
public struct ChromiumPDF: Sendable {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case notInstalled
        case failed(status: Int32, output: String)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .notInstalled:
                "PDF export needs Chromium, which is not installed: install the Debian package with `apt-get install chromium` (or put chromium on PATH, or set ROADMAP_CHROMIUM to its path)"
            case .failed(let status, let output):
                "chromium could not print the PDF (exit status \(status))" + (output.isEmpty ? "" : ": " + output)
            case .cannotWrite(let reason): "cannot write the PDF: \(reason)"
            }
        }
    }

    /// The browser's executable.
    public let executable: String

    public init(executable: String) { self.executable = executable }

    /// Chromium as named by ROADMAP_CHROMIUM, else the first of the usual names on PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPDF? {
        let manager = FileManager.default
        if let given = environment["ROADMAP_CHROMIUM"], !given.isEmpty {
            return manager.isExecutableFile(atPath: given) ? ChromiumPDF(executable: given) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where manager.isExecutableFile(atPath: folder + "/" + name) {
                return ChromiumPDF(executable: folder + "/" + name)
            }
        }
        return nil
    }

    /// Writes `html` to a private temporary folder and prints it to `output` (an absolute path).
    public func print(html: String, to output: String) throws(Failure) {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("roadmap-pdf-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let page = folder.appendingPathComponent("roadmap.html")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch { throw .cannotWrite(error.localizedDescription) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--no-pdf-header-footer", "--print-to-pdf=" + output, page.absoluteString,
        ]
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .failed(status: -1, output: error.localizedDescription) }
        let text = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, manager.fileExists(atPath: output) else {
            let last = text.split(separator: "\n").suffix(3).joined(separator: "\n")
            throw .failed(status: process.terminationStatus, output: last)
        }
    }
}
