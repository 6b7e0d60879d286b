#if os(Linux)
import Foundation
import Glibc

/// The native watcher: Linux's inotify, one watch per folder, added for new folders as they appear.
///
/// Made on the caller's thread, so that a failure to start is known before serving; then moved to its
/// own thread, which alone uses and closes the descriptor.
struct InotifyLoop: Sendable {
    private let descriptor: Int32
    private let targets: WatchTargets
    private let quietPeriod: Duration
    private let maximumDelay: Duration
    /// Watched folders by watch descriptor, and whether everything below them is watched too.
    private var folders: [Int32: (path: String, recursive: Bool)] = [:]

    /// Everything a folder can tell about its entries that may change the site. A file counts once it is
    /// closed after writing, not at each write, so a rebuild does not read it half written.
    private static let mask: UInt32 =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO)
        | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    init(targets: WatchTargets, quietPeriod: Duration, maximumDelay: Duration) throws(WatchError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError(message: "inotify_init1: \(String(cString: strerror(errno)))") }
        self.descriptor = descriptor
        self.targets = targets
        self.quietPeriod = quietPeriod
        self.maximumDelay = maximumDelay
        do {
            try register()
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Watches the targets' parents, and every folder in the target folders. Run again after a folder
    /// appears: adding a watch to a watched folder changes nothing.
    private mutating func register() throws(WatchError) {
        for parent in targets.parents {
            try watch(parent, recursive: false)
        }
        for folder in targets.folders {
            for path in Directory.folders(under: folder) {
                try watch(path, recursive: true)
            }
        }
        guard !folders.isEmpty else { throw WatchError(message: "none of the watched folders exists") }
    }

    private mutating func watch(_ path: String, recursive: Bool) throws(WatchError) {
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        if wd < 0 {
            let code = errno
            // Out of watches is a limit of the machine: polling still works.
            if code == ENOSPC || code == ENOMEM {
                throw WatchError(message: "too many watched folders for fs.inotify.max_user_watches")
            }
            return  // gone, or not a folder: its parent's watch tells when it appears
        }
        let known = folders[wd]?.recursive ?? false
        folders[wd] = (path, recursive || known)
    }

    mutating func run(queue: ChangeQueue, stopped: @Sendable () -> Bool) {
        defer { close(descriptor) }
        let clock = ContinuousClock()
        var pending: Set<String> = []
        var rescan = false
        var firstChange: ContinuousClock.Instant?
        var lastChange = clock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        while !stopped() {
            var timeout = SiteWatcher.stopCheck
            if let first = firstChange {
                // Wait for the burst to end, but not past the longest delay allowed.
                let quietLeft = (lastChange + quietPeriod) - clock.now
                let delayLeft = (first + maximumDelay) - clock.now
                timeout = max(0, min(timeout, Self.milliseconds(min(quietLeft, delayLeft))))
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeout)
            if ready < 0 && errno != EINTR { return }
            if ready > 0 {
                let changes = readEvents(into: &buffer, rescan: &rescan)
                if rescan {
                    // Watch a new folder at once, so that what is written into it next is seen.
                    try? register()
                    rescan = false
                }
                if !changes.isEmpty {
                    pending.formUnion(changes)
                    lastChange = clock.now
                    if firstChange == nil { firstChange = lastChange }
                }
            }
            if let first = firstChange, clock.now - lastChange >= quietPeriod || clock.now - first >= maximumDelay {
                queue.add(pending)
                pending = []
                firstChange = nil
            }
        }
    }

    /// Reads every event waiting; returns the relevant paths they name.
    private mutating func readEvents(into buffer: inout [UInt8], rescan: inout Bool) -> Set<String> {
        var changes: Set<String> = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                handle(wd: wd, mask: mask, name: name, changes: &changes, rescan: &rescan)
            }
        }
        return changes
    }

    private mutating func handle(wd: Int32, mask: UInt32, name: String, changes: inout Set<String>, rescan: inout Bool) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: rebuild, and watch again whatever folders there are now.
            rescan = true
            changes.formUnion(targets.folders)
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            // A folder moved away keeps its watch, under a path we no longer know: drop it.
            inotify_rm_watch(descriptor, wd)
            folders[wd] = nil
            rescan = true
            if targets.isRelevant(folder.path) { changes.insert(folder.path) }
            return
        }
        let path = name.isEmpty ? folder.path : folder.path + "/" + name
        if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
            rescan = true
        }
        if targets.isRelevant(path) { changes.insert(path) }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total) + (attoseconds % 1_000_000_000_000_000 > 0 ? 1 : 0))
    }
}
#endif
