import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running watcher: a thread of its own that adds changed paths to a queue until stopped.
///
/// Watchers block in system calls (`poll`, `read`, `stat`), so they run on a thread rather than on
/// Swift's small pool of cooperative threads, which a 2-core machine has two of.
final class SiteWatcher: Sendable {
    enum Kind: Sendable, Equatable {
        case inotify
        case polling(interval: Duration)
    }

    let kind: Kind
    private let stopped = NIOLockedValueBox(false)

    private init(kind: Kind) {
        self.kind = kind
    }

    /// "inotify" or "polling every 0.25 s", for the start-up message.
    var description: String {
        switch kind {
        case .inotify: return "native file events (inotify)"
        case .polling(let interval):
            let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
            return String(format: "polling every %.2g s", seconds)
        }
    }

    /// Starts the native watcher, or the polling one when asked to or when the native one cannot start;
    /// `fallback` then tells why.
    static func start(
        targets: WatchTargets, queue: ChangeQueue, forcePolling: Bool, quietPeriod: Duration, maximumDelay: Duration, pollInterval: Duration
    ) -> (watcher: SiteWatcher, fallback: String?) {
        var fallback: String?
        #if os(Linux)
        if !forcePolling {
            do {
                let loop = try InotifyLoop(targets: targets, quietPeriod: quietPeriod, maximumDelay: maximumDelay)
                let watcher = SiteWatcher(kind: .inotify)
                watcher.spawn(name: "briefing-inotify") { stopped in
                    var running = loop
                    running.run(queue: queue, stopped: stopped)
                }
                return (watcher, nil)
            } catch {
                fallback = "native file events unavailable (\(error.message)); polling instead"
            }
        }
        #else
        if !forcePolling { fallback = "native file events are implemented for Linux only; polling instead" }
        #endif
        let poller = PollingLoop(targets: targets, interval: pollInterval)
        let watcher = SiteWatcher(kind: .polling(interval: pollInterval))
        watcher.spawn(name: "briefing-poll") { stopped in
            var running = poller
            running.run(queue: queue, stopped: stopped)
        }
        return (watcher, fallback)
    }

    private func spawn(name: String, _ body: @escaping @Sendable (_ stopped: @Sendable () -> Bool) -> Void) {
        let stopped = self.stopped
        let thread = Thread {
            body { stopped.withLockedValue { $0 } }
        }
        thread.name = name
        thread.start()
    }

    /// Asks the thread to end; it does within one poll timeout and closes its own descriptors.
    func stop() {
        stopped.withLockedValue { $0 = true }
    }

    /// How long a watcher thread waits in one system call before it looks at the stop flag.
    static let stopCheck: Int32 = 200
}

/// An error starting a watcher.
struct WatchError: Error {
    var message: String
}

/// The folders and files below a folder, read with `readdir`.
enum Directory {
    struct Entry {
        var path: String
        var isFolder: Bool
    }

    static func entries(_ folder: String) -> [Entry] {
        guard let handle = opendir(folder) else { return [] }
        defer { closedir(handle) }
        var out: [Entry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            // lstat: a link to a folder is not followed, so a link loop cannot make the walk endless.
            let isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            out.append(Entry(path: path, isFolder: isFolder))
        }
        return out
    }

    /// `folder` and every folder below it, skipping editors' and tools' hidden folders.
    static func folders(under folder: String) -> [String] {
        var out = [folder]
        var index = 0
        while index < out.count {
            for entry in entries(out[index]) where entry.isFolder {
                let name = (entry.path as NSString).lastPathComponent
                if !name.hasPrefix(".") { out.append(entry.path) }
            }
            index += 1
        }
        return out
    }
}
