import Foundation

/// The folder beside the output (`.public-staging-<pid>-…`) that a build writes its files into before
/// any of them goes in place. Shared by the page makers: only making a folder takes the lock, so files
/// are written in parallel, and none is written into a folder that does not exist yet.
final class StagingFolder: @unchecked Sendable {
    let path: String
    private let writer: OutputWriter
    private let lock = NSLock()
    private var folders: Set<String> = [""]

    /// Makes the folder, after removing those that builds killed half-way left beside the output.
    init(_ writer: OutputWriter, suffix: String) throws(Diagnostic) {
        self.writer = writer
        path = OutputWriter.siblingPath(writer.output, "staging-" + suffix)
        StagedOutput.removeAbandoned(beside: writer.output, fileSystem: writer.fileSystem)
        do {
            try writer.fileSystem.createDirectory(path)
        } catch {
            throw Self.failure(error, writer)
        }
    }

    /// Writes a page at its place in the folder.
    func write(_ page: Page) throws(Diagnostic) {
        try makeFolder(for: page.path)
        do {
            try writer.fileSystem.write(page.contents, to: path + "/" + page.path)
        } catch {
            throw Self.failure(error, writer)
        }
    }

    /// Starts a file written in pieces at `relative`; `closed` learns its digest once it is whole.
    func open(_ relative: String, closed: @escaping @Sendable (String, Digest) throws(Diagnostic) -> Void) throws(Diagnostic) -> PageStream {
        try makeFolder(for: relative)
        return try PageStream(path: relative, file: path + "/" + relative, fileSystem: writer.fileSystem, output: writer.output, closed: closed)
    }

    func remove() {
        try? writer.fileSystem.remove(path)
    }

    private func makeFolder(for relative: String) throws(Diagnostic) {
        guard OutputWriter.isSafe(relative) else {
            throw .error("refusing to write outside the output folder: '\(relative)'", step: "output", path: writer.output)
        }
        let folder = OutputWriter.folder(of: relative)
        lock.lock()
        defer { lock.unlock() }
        do {
            if folders.insert(folder).inserted { try writer.fileSystem.createDirectory(path + "/" + folder) }
        } catch {
            throw Self.failure(error, writer)
        }
    }

    static func failure(_ error: any Error, _ writer: OutputWriter) -> Diagnostic {
        .error("cannot write the site: \(error.localizedDescription)", step: "output", path: writer.output)
    }
}

/// A file of the site written piece by piece into a staging folder. It is known by the digest of its
/// whole bytes, as a page written at once is. A stream has one owner at a time, which may hand it to
/// another task, but it is never written from two at once.
final class PageStream: @unchecked Sendable {
    let path: String
    private let file: String
    private let fileSystem: any FileSystem
    private let output: String
    private var digest = DigestStream()
    private var isClosed = false
    private let closed: @Sendable (String, Digest) throws(Diagnostic) -> Void

    /// Creates the file at `file`; `closed` learns the page's path and digest once it is whole.
    init(path: String, file: String, fileSystem: any FileSystem, output: String, closed: @escaping @Sendable (String, Digest) throws(Diagnostic) -> Void)
        throws(Diagnostic)
    {
        self.path = path
        self.file = file
        self.fileSystem = fileSystem
        self.output = output
        self.closed = closed
        do {
            try fileSystem.write([], to: file)
        } catch {
            throw .error("cannot write the site: \(error.localizedDescription)", step: "output", path: output)
        }
    }

    func append(_ bytes: [UInt8]) throws(Diagnostic) {
        precondition(!isClosed, "a page stream is written only until it is closed")
        do {
            try fileSystem.append(bytes, to: file)
        } catch {
            throw .error("cannot write the site: \(error.localizedDescription)", step: "output", path: output)
        }
        digest.add(bytes)
    }

    /// Ends the file and records it; a second call does nothing.
    func close() throws(Diagnostic) {
        guard !isClosed else { return }
        isClosed = true
        try closed(path, digest.finish())
    }
}
