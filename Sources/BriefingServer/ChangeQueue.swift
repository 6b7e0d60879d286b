import NIOConcurrencyHelpers

/// The changed paths waiting for a rebuild. Watchers add to it from their threads; the rebuild loop
/// takes everything at once, so that changes arriving during a rebuild make one more rebuild, not one
/// each.
final class ChangeQueue: Sendable {
    private let pending = NIOLockedValueBox<Set<String>>([])
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    init() {
        // One wake-up waiting is enough: it makes the loop take everything pending.
        (wakeUps, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func add(_ paths: some Sequence<String>) {
        let added = pending.withLockedValue { set -> Bool in
            let before = set.count
            set.formUnion(paths)
            return set.count > before
        }
        if added { wake.yield() }
    }

    /// Everything changed since the last call.
    func take() -> Set<String> {
        pending.withLockedValue { set in
            defer { set = [] }
            return set
        }
    }

    /// One element whenever changes are waiting; ends when the queue is finished.
    var signals: AsyncStream<Void> { wakeUps }

    func finish() { wake.finish() }
}
