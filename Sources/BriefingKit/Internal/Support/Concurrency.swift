import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// Maps in parallel across the machine's cores, keeping the order of the input.
    ///
    /// The work goes out in small chunks, each worker taking the next as it finishes one, so that a run
    /// of long articles does not leave one core busy while the others wait.
    ///
    /// - Parameter jobs: how many run at once; by default, one per core.
    func concurrentMap<T: Sendable>(jobs: Int? = nil, _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await concurrentMap(jobs: jobs, scratch: {}) { _, element in transform(element) }
    }

    /// Maps in parallel as `concurrentMap(jobs:_:)` does, each worker with a scratch value of its own
    /// that `makeScratch` makes and `transform` may change from one element to the next: a cache of work
    /// done for earlier elements, which no result may depend on, since which worker maps which element
    /// varies from run to run.
    func concurrentMap<T: Sendable, Scratch>(
        jobs: Int? = nil, scratch makeScratch: @escaping @Sendable () -> Scratch,
        _ transform: @escaping @Sendable (inout Scratch, Element) -> T
    ) async -> [T] {
        let workers = Swift.max(1, Swift.min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, count))
        guard workers > 1 else {
            var scratch = makeScratch()
            return map { transform(&scratch, $0) }
        }
        let chunk = Swift.max(1, Swift.min(64, count / (workers * 8)))
        let input = self
        let next = ChunkCounter()
        return await withTaskGroup(of: [(start: Int, results: [T])].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var scratch = makeScratch()
                    var parts: [(start: Int, results: [T])] = []
                    while case let start = next.take(chunk), start < input.count {
                        let end = Swift.min(start + chunk, input.count)
                        parts.append((start, input[start..<end].map { transform(&scratch, $0) }))
                    }
                    return parts
                }
            }
            var parts: [(start: Int, results: [T])] = []
            parts.reserveCapacity(count / chunk + 1)
            for await done in group { parts += done }
            return parts.sorted { $0.start < $1.start }.flatMap(\.results)
        }
    }
}

/// The start of the next chunk of work, which the workers of a `concurrentMap` take in turn.
private final class ChunkCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The start of a chunk of `size` elements, which no other worker gets.
    func take(_ size: Int) -> Int {
        next.wrappingAdd(size, ordering: .relaxed).oldValue
    }
}
