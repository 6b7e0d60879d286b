import BriefingKit
import Foundation
import NIOConcurrencyHelpers

/// What the latest build left behind, read by every request.
///
/// A lock rather than an actor: a request only copies a small value, and under load a lock costs far
/// less than a hop to an actor.
final class PreviewState: Sendable {
    enum Status: Sendable {
        /// The first build has not finished.
        case building
        /// The output folder holds the latest build.
        case ready
        /// The latest build failed; the output folder still holds the last good one.
        case failed(BuildFailure)
    }

    struct Snapshot: Sendable {
        var status: Status
        /// Counts the builds finished, good or failed.
        var generation: Int
        /// Names this process, so that a page served by an earlier run of the server is seen as stale.
        var instance: String
        /// When the latest build finished.
        var finished: Date

        /// Names the latest build; a page carries the ID it was served with and reloads when it differs.
        var buildID: String { "\(instance).\(generation)" }
    }

    private let box: NIOLockedValueBox<Snapshot>

    init() {
        box = NIOLockedValueBox(
            Snapshot(status: .building, generation: 0, instance: String(UInt32.random(in: 0...UInt32.max), radix: 36), finished: Date()))
    }

    var snapshot: Snapshot { box.withLockedValue { $0 } }

    /// Records the outcome of a build; returns the state it leaves.
    @discardableResult
    func finish(_ status: Status) -> Snapshot {
        box.withLockedValue {
            $0.status = status
            $0.generation += 1
            $0.finished = Date()
            return $0
        }
    }
}
