import Foundation

/// Runs python3 for the checks Swift has no library for here: JSON Schema validation with the
/// reference implementation (`jsonschema`) and YAML as other tools read it (PyYAML). CI installs
/// both (Debian's python3-jsonschema and python3-yaml, see scripts/install-deps.sh); a machine
/// without them skips those tests and says why.
enum Python {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Whether python3 can import jsonschema (4.x, for draft 2020-12) and yaml.
    static let hasJSONSchema: Bool = {
        guard let output = try? run("import jsonschema, yaml, sys; sys.exit(0 if hasattr(jsonschema, 'Draft202012Validator') else 1)", stdin: "")
        else { return false }
        return output.status == 0
    }()

    static let missing = "python3 with the jsonschema (4.x) and yaml modules is not installed: install python3-jsonschema and python3-yaml (scripts/install-deps.sh does)"

    static func run(_ script: String, arguments: [String] = [], stdin: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write and read on separate threads: a large document would fill the pipes both ways.
        let writer = Thread { input.fileHandleForWriting.write(Data(stdin.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on its own thread.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
