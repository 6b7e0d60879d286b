import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel across the machine's cores, keeping the order of the input.
    ///
    /// The work goes out in small chunks, a new one as each finishes, so that a run of long articles
    /// does not leave one core busy while the others wait.
    ///
    /// - Parameter jobs: how many run at once; by default, one per core.
    func concurrentMap<T: Sendable>(jobs: Int? = nil, _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await concurrentMap(jobs: jobs, scratch: {}) { _, element in transform(element) }
    }

    /// Maps in parallel as `concurrentMap(jobs:_:)` does, each chunk of work with a scratch value of its
    /// own that `makeScratch` makes and `transform` may change from one element to the next: a cache of
    /// work done for earlier elements, which no result may depend on, since chunks vary with the cores.
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
        return await withTaskGroup(of: (Int, [T]).self) { group in
            var next = 0
            func submit() {
                guard next < input.count else { return }
                let start = next
                let end = Swift.min(start + chunk, input.count)
                next = end
                group.addTask {
                    var scratch = makeScratch()
                    return (start, input[start..<end].map { transform(&scratch, $0) })
                }
            }
            for _ in 0..<workers { submit() }
            var parts: [(Int, [T])] = []
            parts.reserveCapacity(count / chunk + 1)
            for await part in group {
                parts.append(part)
                submit()
            }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
