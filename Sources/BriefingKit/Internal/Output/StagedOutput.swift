import Foundation

/// Where finished pages go as the site is assembled.
protocol PageSink: AnyObject, Sendable {
    func take(_ pages: [Page]) throws(Diagnostic)
    /// Starts a file that is written in pieces, for the site's largest files, which are then never
    /// whole in memory.
    func open(_ path: String) throws(Diagnostic) -> PageStream
}

/// A write of the whole site in progress: pages go in as they are made, then `finish` puts them in
/// place, or `abort` leaves the output folder as it was.
protocol OutputSession: PageSink {
    func finish() throws(Diagnostic)
    func abort()
    /// How the timings name the finishing step.
    var finishStep: String { get }
}

/// A site being written into a new folder beside the output folder (`.public-staging-…`), page batch
/// by page batch; `commit` swaps it in and `abort` removes it, leaving the previous site as it was.
final class StagedOutput: OutputSession, @unchecked Sendable {
    private let writer: OutputWriter
    private let staging: StagingFolder
    private let old: String
    /// Records the digest of every page written, for the build cache.
    private let ledger: LedgerSession?

    init(_ writer: OutputWriter, ledger: LedgerSession? = nil) throws(Diagnostic) {
        self.writer = writer
        self.ledger = ledger
        let output = writer.output
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        staging = try StagingFolder(writer, suffix: suffix)
        old = OutputWriter.siblingPath(output, "old-" + suffix)
    }

    /// Removes the staging and old folders that builds killed half-way left beside the output
    /// (`.public-staging-<pid>-…`), once their process is gone: a `kill -9` loses nothing, and leaves
    /// nothing behind for long either.
    static func removeAbandoned(beside output: String, fileSystem: any FileSystem) {
        let parent = (output as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        let name = (output as NSString).lastPathComponent
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for sibling in siblings {
            for kind in ["staging", "old"] {
                let prefix = ".\(name)-\(kind)-"
                guard sibling.hasPrefix(prefix), let pid = Int32(sibling.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
                // Signal 0 only asks whether the process exists.
                guard pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = folder + "/" + sibling
                if kind == "old", !fileSystem.exists(output) {
                    // Killed between its two renames: the previous site is here, and it goes back.
                    try? fileSystem.move(path, to: output)
                } else {
                    try? fileSystem.remove(path)
                }
            }
        }
    }

    func take(_ pages: [Page]) throws(Diagnostic) {
        if let ledger {
            // Outside the lock: digests of a batch cost, and the ledger has its own.
            for page in pages { _ = ledger.record(page) }
        }
        try write(pages)
    }

    func open(_ path: String) throws(Diagnostic) -> PageStream {
        try staging.open(path) { [ledger] path, digest throws(Diagnostic) in
            _ = ledger?.record(path, content: digest)
        }
    }

    /// Safe to call from several page makers at once.
    func write(_ pages: [Page]) throws(Diagnostic) {
        for page in pages { try staging.write(page) }
    }

    func abort() {
        staging.remove()
    }

    func finish() throws(Diagnostic) { try commit() }

    var finishStep: String { "swap" }

    /// Marks the staging folder as Briefing's and swaps it in for the output folder. With a memo, the
    /// files and folders written are recorded, and the replaced site is kept as the next standby.
    func commit(files: [String: [UInt8]] = [:], folders pageFolders: Set<String> = []) throws(Diagnostic) {
        let fileSystem = writer.fileSystem
        let output = writer.output
        let memo = writer.memo
        let standbyPath = OutputWriter.standbyPath(output)
        let local = fileSystem is LocalFileSystem
        let known = memo?.state(for: output).live
        var standby: OutputMemo.Folder?
        do {
            var named = writer
            if let ledger { named.build = ledger.ledger().build }
            try fileSystem.write(named.markerText, to: staging.path + "/" + OutputWriter.marker)
            if fileSystem.exists(output) {
                try fileSystem.move(output, to: old)
                try fileSystem.move(staging.path, to: output)
                if local, let known, OutputMemo.FolderIdentity(old) == known.identity {
                    // The old site is exactly what the memo says: it becomes the standby of the next build.
                    try? fileSystem.remove(standbyPath)
                    if (try? fileSystem.move(old, to: standbyPath)) != nil, let identity = OutputMemo.FolderIdentity(standbyPath) {
                        standby = OutputMemo.Folder(identity: identity, files: known.files, folders: known.folders)
                    } else {
                        try? fileSystem.remove(old)
                    }
                } else {
                    try? fileSystem.remove(old)
                }
            } else {
                try fileSystem.move(staging.path, to: output)
            }
        } catch {
            staging.remove()
            if !fileSystem.exists(output), fileSystem.exists(old) { try? fileSystem.move(old, to: output) }
            memo?.record(output: output, live: nil, standby: nil)
            throw .error("cannot write the site: \(error.localizedDescription)", step: "output", path: output)
        }
        if let memo {
            let live = local ? OutputMemo.FolderIdentity(output).map { OutputMemo.Folder(identity: $0, files: files, folders: pageFolders) } : nil
            memo.record(output: output, live: live, standby: standby)
        }
        if standby == nil, fileSystem.exists(standbyPath + "/" + OutputWriter.marker) {
            // A standby nobody knows the contents of, left by a preview that did not stop cleanly.
            try? fileSystem.remove(standbyPath)
        }
    }
}
