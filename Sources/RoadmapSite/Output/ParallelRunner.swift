import Dispatch

/// Runs independent jobs on every core and returns their results in job order; when several
/// fail, the error of the first failing job is thrown, so failures are reported deterministically.
enum ParallelRunner {
    static func run<Job: Sendable, Result: Sendable>(
        _ jobs: [Job], _ body: @Sendable (Job) throws(SiteError) -> Result
    ) throws(SiteError) -> [Result] {
        let slots = Slots<Result>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            do throws(SiteError) {
                slots.set(i, .success(try body(jobs[i])))
            } catch {
                slots.set(i, .failure(error))
            }
        }
        return try slots.collect()
    }

    /// `(0..<count).map(body)` on every core, in order.
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, .success(body(i))) }
        return (try? slots.collect()) ?? []
    }
}

/// One result slot per job. Each slot is written by exactly one iteration, and read only after
/// `concurrentPerform` has returned, which is what makes the unchecked sendability sound.
private final class Slots<Result>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Swift.Result<Result, SiteError>?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Swift.Result<Result, SiteError>) { buffer[index] = value }

    func collect() throws(SiteError) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(buffer.count)
        for slot in buffer {
            switch slot {
            case .success(let value)?: results.append(value)
            case .failure(let error)?: throw error
            case nil: throw SiteError.io(path: "", message: "internal error: a page was not built")
            }
        }
        return results
    }
}
