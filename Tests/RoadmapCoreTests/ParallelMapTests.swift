import Dispatch
import Foundation
import RoadmapCore
import Testing

/// The one order-keeping parallel map: results in index order, every index run exactly once,
/// safe with many threads writing results (and many maps running) at once.
struct ParallelMapTests {
    /// Counts calls per index from many threads.
    final class Calls: @unchecked Sendable {
        private var counts: [Int]
        private let lock = NSLock()
        init(_ count: Int) { counts = Array(repeating: 0, count: count) }
        func record(_ i: Int) { lock.lock(); counts[i] += 1; lock.unlock() }
        var all: [Int] { lock.lock(); defer { lock.unlock() }; return counts }
    }

    @Test(arguments: [0, 1, 2, 3, 63, 64, 65, 1000, 4097])
    func keepsOrderAndRunsEveryIndexOnce(count: Int) {
        for chunk in [1, 2, 7, 64, 10_000] {
            let calls = Calls(count)
            let result = ParallelMap.map(count: count, chunk: chunk) { i -> String in
                calls.record(i)
                return "item \(i)"
            }
            #expect(result == (0..<count).map { "item \($0)" }, "count \(count), chunk \(chunk)")
            #expect(calls.all == Array(repeating: 1, count: count), "count \(count), chunk \(chunk)")
        }
    }

    @Test func theItemsFormKeepsOrderWithUnevenWork() {
        let items = (0..<5000).map { ($0 * 7919) % 5000 }
        let result = ParallelMap.map(items) { n -> [Int] in
            // Uneven work, so later items often finish first.
            var sum = 0
            for k in 0..<(n % 97) * 50 { sum &+= k }
            return [n, sum]
        }
        #expect(result.map { $0[0] } == items)
        #expect(ParallelMap.map([Int]()) { $0 } == [])
        #expect(ParallelMap.map([41]) { $0 + 1 } == [42])
    }

    @Test func manyConcurrentWritersAndManyMapsAtOnce() {
        // Sixteen maps run at the same time, each with many threads writing heap-allocated
        // results into its slots; every map still gets exactly its own results, in order.
        let maps = 16
        let count = 20_000
        final class Box: @unchecked Sendable {
            var results: [[String]?]
            let lock = NSLock()
            init(_ n: Int) { results = Array(repeating: nil, count: n) }
        }
        let box = Box(maps)
        DispatchQueue.concurrentPerform(iterations: maps) { m in
            let result = ParallelMap.map(count: count, chunk: m % 4 + 1) { i in "\(m):\(i)" }
            box.lock.lock(); box.results[m] = result; box.lock.unlock()
        }
        for m in 0..<maps {
            #expect(box.results[m] == (0..<count).map { "\(m):\($0)" }, "map \(m)")
        }
    }

    @Test func nestedMapsKeepTheirOrder() {
        let result = ParallelMap.map(count: 50) { outer in
            ParallelMap.map(count: outer) { inner in outer * 1000 + inner }
        }
        #expect(result == (0..<50).map { outer in (0..<outer).map { outer * 1000 + $0 } })
    }
}
