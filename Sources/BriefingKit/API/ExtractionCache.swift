import Foundation

/// Remembers the briefing made from each input file, keyed by its bytes, so that a rebuild extracts only
/// what changed; and the pages and output of the previous build, so that a rebuild renders and writes
/// only what changed. Safe to share between concurrent builds.
///
/// A rebuild with a cache keeps a standby copy of the site beside the output folder (such as
/// `.public-standby`); `removeStandby()` deletes it when no more builds will follow.
public final class ExtractionCache: @unchecked Sendable {
    struct Entry: Sendable {
        var fingerprint: Fingerprint
        var briefing: Briefing
        var diagnostics: [Diagnostic]
        /// The file as the disk described it when read, so that an untouched file need not be read again.
        var stamp: FileStamp?
        /// Of the whole briefing's binary form, text included, whether or not `briefing` still holds
        /// the text: equal digests, equal briefings, in any process.
        var digest: Digest

        init(fingerprint: Fingerprint, briefing: Briefing, diagnostics: [Diagnostic], stamp: FileStamp?, digest: Digest? = nil) {
            self.fingerprint = fingerprint
            self.briefing = briefing
            self.diagnostics = diagnostics
            self.stamp = stamp
            self.digest = digest ?? Digest(of: briefing.cacheBytes)
        }
    }

    /// The bytes of a file and the code that read them; equal fingerprints give equal briefings.
    struct Fingerprint: Sendable, Hashable {
        var hash: UInt64
        var size: Int

        init(hash: UInt64, size: Int) {
            self.hash = hash
            self.size = size
        }

        init(_ bytes: [UInt8]) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            self.hash = hash ^ Self.version
            size = bytes.count
        }

        /// Changes whenever extraction changes, so a cache never outlives the code that filled it.
        static let version: UInt64 = 5
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// The previous build's pages, by what they were made from.
    let pages = PageMemo()
    /// What the output folder and its standby hold.
    let output = OutputMemo()
    private(set) public var hits = 0
    private(set) public var misses = 0

    public init() {}

    func lookup(_ path: String, _ fingerprint: Fingerprint) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[path], entry.fingerprint == fingerprint {
            hits += 1
            return entry
        }
        misses += 1
        return nil
    }

    /// The entry of a file the disk says is untouched since it was read.
    func lookup(_ path: String, _ stamp: FileStamp) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[path], entry.stamp == stamp {
            hits += 1
            return entry
        }
        return nil
    }

    /// The digest of the briefing the cache holds for a file.
    func digest(_ path: String) -> Digest? {
        lock.lock()
        defer { lock.unlock() }
        return entries[path]?.digest
    }

    /// Every entry, by path: what the cache on disk saves.
    var all: [String: Entry] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }

    func store(_ path: String, _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        entries[path] = entry
        changedPaths.insert(path)
        isDirty = true
    }

    /// The entries read back from disk, stored at once and not counted as changes: a rebuild of a large
    /// archive loads them all before reading any article.
    func storeLoaded(_ loaded: [String: Entry]) {
        lock.lock()
        defer { lock.unlock() }
        if entries.isEmpty {
            entries = loaded
        } else {
            entries.merge(loaded) { _, new in new }
        }
    }

    private var changedPaths: Set<String> = []
    private var removedPaths: Set<String> = []

    /// Paths stored and paths forgotten since `markClean()`.
    var changes: (stored: Set<String>, removed: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        return (changedPaths, removedPaths)
    }

    /// True when entries were stored or forgotten since `markClean()`: only then is saving worth it.
    private(set) var isDirty = false

    func markClean() {
        lock.lock()
        defer { lock.unlock() }
        isDirty = false
        changedPaths = []
        removedPaths = []
    }

    /// Lets every briefing go from memory, once a one-off build has saved them: they are still on disk,
    /// and nothing is to be saved of their going.
    func releaseBriefings() {
        lock.lock()
        defer { lock.unlock() }
        entries = [:]
    }

    /// Forgets files that no longer exist.
    func retain(only paths: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        let kept = entries.filter { paths.contains($0.key) }
        if kept.count != entries.count {
            isDirty = true
            for path in entries.keys where kept[path] == nil { removedPaths.insert(path) }
        }
        entries = kept
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }

    /// Pages the latest build took from the one before, and pages it rendered.
    public var pageCounts: (reused: Int, rendered: Int) { pages.counts }

    /// Deletes the standby copy of the site that rebuilds keep beside the output folder; the next build
    /// with this cache writes the whole site again.
    public func removeStandby() {
        guard let path = output.takeStandby() else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Resets the hit and miss counters.
    public func resetCounters() {
        lock.lock()
        defer { lock.unlock() }
        hits = 0
        misses = 0
    }
}
