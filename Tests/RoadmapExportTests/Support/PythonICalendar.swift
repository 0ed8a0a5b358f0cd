import Foundation

/// Python's `icalendar` package, a real RFC 5545 parser, to read the exported calendar back.
/// scripts/install-deps.sh installs it; without it the tests that need it are skipped.
enum PythonICalendar {
    static let available: Bool = (try? run("import icalendar", stdin: Data()))?.status == 0

    struct Event: Decodable, Equatable {
        var uid: String
        var start: String
        var end: String
        var stamp: String
        var summary: String
        var description: String
    }

    struct Parsed: Decodable {
        var version: String
        var prodid: String
        var calscale: String
        var events: [Event]
    }

    /// Parses `ics` with icalendar and returns its events with dates as ISO text.
    static func parse(_ ics: String) throws -> Parsed {
        let script = """
            import sys, json, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            events = []
            for ev in cal.walk('VEVENT'):
                events.append({"uid": str(ev['UID']), "start": ev.decoded('DTSTART').isoformat(),
                               "end": ev.decoded('DTEND').isoformat(), "stamp": ev.decoded('DTSTAMP').isoformat(),
                               "summary": str(ev['SUMMARY']), "description": str(ev['DESCRIPTION'])})
            print(json.dumps({"version": str(cal['VERSION']), "prodid": str(cal['PRODID']),
                              "calscale": str(cal['CALSCALE']), "events": events}))
            """
        let result = try run(script, stdin: Data(ics.utf8))
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { "icalendar could not parse the file: \(message)" }
    }

    static func run(_ script: String, stdin: Data) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(stdin); try? input.fileHandleForWriting.close() }
        writer.start()
        let errorText = PipeText(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), errorText.wait())
    }
}

/// Reads a pipe to its end on its own thread, so neither pipe of a process fills up.
final class PipeText: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
