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
    /// With `stamp` (seconds since 1970, the commit time), the PDF's creation and modification
    /// dates are that time instead of the clock's, so the same revision prints the same bytes.
    public func print(html: String, to output: String, stamp: Int64? = nil) throws(Failure) {
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
        // In UTC every date Chromium writes has the one length a same-length rewrite needs.
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        process.environment = environment
        do { try process.run() } catch { throw .failed(status: -1, output: error.localizedDescription) }
        let text = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, manager.fileExists(atPath: output) else {
            let last = text.split(separator: "\n").suffix(3).joined(separator: "\n")
            throw .failed(status: process.terminationStatus, output: last)
        }
        guard let stamp else { return }
        do {
            let url = URL(fileURLWithPath: output)
            let bytes = [UInt8](try Data(contentsOf: url))
            let fixed = Self.settingDates(of: bytes, to: stamp)
            if fixed != bytes { try Data(fixed).write(to: url, options: .atomic) }
        } catch { throw .cannotWrite(error.localizedDescription) }
    }

    /// The PDF with the values of `/CreationDate` and `/ModDate` replaced by `stamp` in UTC,
    /// where the new value has the old one's length, so no byte offset of the file moves.
    static func settingDates(of pdf: [UInt8], to stamp: Int64) -> [UInt8] {
        let stampText = ICalendarText.utcDateTime(stamp).filter { $0.isNumber }
        let value = Array(("D:" + stampText + "+00'00'").utf8)
        var out = pdf
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var i = 0
            while let start = Self.find(pattern, in: out, from: i) {
                let open = start + pattern.count
                guard let close = out[open...].firstIndex(of: UInt8(ascii: ")")) else { break }
                if close - open == value.count { out.replaceSubrange(open..<close, with: value) }
                i = close
            }
        }
        return out
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0], Array(bytes[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }
}
