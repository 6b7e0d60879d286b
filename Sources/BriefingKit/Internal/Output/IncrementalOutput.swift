import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A rebuild that writes into the output folder only the files whose bytes changed since the previous
/// build, and removes the files that build wrote and this one did not make: its cost follows the
/// change, not the size of the site.
///
/// Changed files are first written into a staging folder beside the output; nothing in the output is
/// touched until every page is made. Each file then replaces its old version with a rename, so no file
/// is ever seen half-written. While the files move, the output's marker names no build: should the
/// move be cut short, the next build trusts nothing the folder holds and writes the whole site again.
final class IncrementalOutput: OutputSession, @unchecked Sendable {
    private let writer: OutputWriter
    private let ledger: LedgerSession
    private let staging: StagingFolder
    private let lock = NSLock()
    /// Paths written into the staging folder, to be moved into the output.
    private var pending: [String] = []

    init(_ writer: OutputWriter, ledger: LedgerSession) throws(Diagnostic) {
        self.writer = writer
        self.ledger = ledger
        staging = try StagingFolder(writer, suffix: "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// Files written, that is, made by this build with bytes the output did not hold.
    var changedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    func take(_ pages: [Page]) throws(Diagnostic) {
        for page in pages {
            // The ledger of a previous build holds no unsafe path, so such a page is written, and refused.
            if ledger.record(page) { continue }
            try staging.write(page)
            addPending(page.path)
        }
    }

    func open(_ path: String) throws(Diagnostic) -> PageStream {
        // Staged like any changed file; dropped at the end if the output holds the same bytes.
        try staging.open(path) { [self] path, digest throws(Diagnostic) in
            if ledger.record(path, content: digest) {
                try? writer.fileSystem.remove(staging.path + "/" + path)
            } else {
                addPending(path)
            }
        }
    }

    private func addPending(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        pending.append(path)
    }

    func abort() {
        staging.remove()
    }

    var finishStep: String { "write \(changedCount) changed files" }

    /// Moves the changed files into the output folder and removes the stale ones.
    func finish() throws(Diagnostic) {
        let fileSystem = writer.fileSystem
        let output = writer.output
        let stale = ledger.stale
        var unnamed = writer
        unnamed.inputs = nil
        unnamed.build = nil
        do {
            try fileSystem.write(unnamed.markerText, to: output + "/" + OutputWriter.marker)
            var made: Set<String> = [""]
            for path in pending {
                let folder = OutputWriter.folder(of: path)
                if made.insert(folder).inserted { try fileSystem.createDirectory(output + "/" + folder) }
                guard rename(staging.path + "/" + path, output + "/" + path) == 0 else { throw LocalFileSystem.error(output + "/" + path) }
            }
            for path in stale {
                guard unlink(output + "/" + path) == 0 || errno == ENOENT else { throw LocalFileSystem.error(output + "/" + path) }
                // Folders left empty go too: a deleted article leaves no empty folder behind.
                var folder = OutputWriter.folder(of: path)
                while !folder.isEmpty, rmdir(output + "/" + folder) == 0 { folder = OutputWriter.folder(of: folder) }
            }
            var named = writer
            named.build = ledger.ledger().build
            try fileSystem.write(named.markerText, to: output + "/" + OutputWriter.marker)
        } catch {
            staging.remove()
            throw .error("cannot write the site: \(error.localizedDescription)", step: "output", path: output)
        }
        staging.remove()
    }
}
