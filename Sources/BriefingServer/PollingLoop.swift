import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fallback watcher: looks at every watched file at a fixed interval and compares what it sees
/// with the look before. It works on every file system, network and container mounts included.
struct PollingLoop: Sendable {
    /// What identifies a version of a file: a save by rename changes the inode, an edit in place the
    /// size or the time, to the nanosecond.
    struct Stamp: Equatable, Sendable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    let targets: WatchTargets
    let interval: Duration
    /// The first look, taken on the caller's thread: a change made as soon as watching has started is
    /// then seen even if the watcher's thread is slow to start.
    private var initial: [String: Stamp] = [:]

    init(targets: WatchTargets, interval: Duration) {
        self.targets = targets
        self.interval = interval
        initial = snapshot()
    }

    mutating func run(queue: ChangeQueue, stopped: @Sendable () -> Bool) {
        var previous = initial
        initial = [:]
        let clock = ContinuousClock()
        while !stopped() {
            // Sleep in short steps, so that stopping never waits a whole interval.
            let deadline = clock.now + interval
            while !stopped(), clock.now < deadline {
                let left = deadline - clock.now
                let milliseconds = min(Int(SiteWatcher.stopCheck), Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000) + 1)
                poll(nil, 0, Int32(milliseconds))
            }
            if stopped() { break }
            let current = snapshot()
            var changed: Set<String> = []
            for (path, stamp) in current where previous[path] != stamp { changed.insert(path) }
            for path in previous.keys where current[path] == nil { changed.insert(path) }
            previous = current
            let relevant = changed.filter(targets.isRelevant)
            if !relevant.isEmpty { queue.add(relevant) }
        }
    }

    /// Every file of the target folders, and the target files.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in targets.folders {
            for path in Directory.folders(under: folder) {
                for entry in Directory.entries(path) where !entry.isFolder {
                    if let stamp = Self.stamp(entry.path) { stamps[entry.path] = stamp }
                }
            }
        }
        for file in targets.files {
            if let stamp = Self.stamp(file) { stamps[file] = stamp }
        }
        return stamps
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Glibc)
        return Stamp(
            inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        #else
        return Stamp(
            inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: Int(info.st_mtimespec.tv_sec),
            nanoseconds: Int(info.st_mtimespec.tv_nsec))
        #endif
    }
}
