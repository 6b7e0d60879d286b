import Foundation
import Hummingbird
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of the output folder, as FileMiddleware reads them, with two differences from Hummingbird's
/// own provider: a file that a symbolic link leads to outside the folder is refused, and an HTML page
/// gets the live-reload script, with its size and range counted after that insertion so that
/// `Content-Length`, `HEAD` and ranges agree with the body.
struct SiteFileProvider: FileProvider {
    struct FileIdentifier: Sendable {
        /// The full path on disk.
        var path: String
        /// What to put into the page, for HTML files; chosen once per request, so that a build
        /// finishing mid-request cannot make the size and the body disagree.
        var insertion: Insertion?
    }

    /// The live-reload tag, which names the current build, and when that build finished.
    struct Insertion: Sendable {
        var bytes: [UInt8]
        var build: Date
    }

    struct FileAttributes: Sendable, FileMiddlewareFileAttributes {
        var isFolder: Bool
        var size: Int
        /// To the nanosecond: a page rebuilt within the same second with the same size must still get a
        /// new ETag, or the browser would keep the stale page.
        var modificationDate: Date
    }

    /// The output folder.
    let root: String
    /// Gives what to insert into HTML pages now.
    let insertion: @Sendable () -> Insertion
    /// Streams files that are served as they are.
    let plainFiles: Hummingbird.LocalFileSystem

    init(root: String, insertion: @escaping @Sendable () -> Insertion) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.insertion = insertion
        var quiet = Logger(label: "briefing.serve.files")
        quiet.logLevel = .error
        plainFiles = Hummingbird.LocalFileSystem(rootFolder: root, threadPool: .singleton, logger: quiet)
    }

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        // A NUL would cut the path short in every system call while the extension check saw the rest.
        guard !path.utf8.contains(0) else { return nil }
        let relative = path.hasPrefix("/") ? path.dropFirst() : Substring(path)
        let full = relative.isEmpty ? root : root + "/" + relative
        return FileIdentifier(path: full, insertion: Self.isHTML(path) ? insertion() : nil)
    }

    // The system calls below run on the request's task rather than on a thread pool: they read the
    // metadata of a folder this process has just written, which the kernel answers from memory, and a
    // hop to a pool would cost more than the calls.
    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        guard let real = Self.realPath(id.path), let realRoot = Self.realPath(root) else { return nil }
        guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            throw HTTPError(.forbidden, message: "This file is a link to a place outside the site folder.")
        }
        var info = stat()
        guard stat(real, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        // Anything but a plain file or a folder (a pipe, a device) could block a reader or leak the machine.
        guard kind == S_IFREG || kind == S_IFDIR else { return nil }
        #if canImport(Glibc)
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        #else
        let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1_000_000_000
        #endif
        var size = Int(info.st_size)
        var modified = Date(timeIntervalSince1970: seconds)
        if kind == S_IFREG, let insertion = id.insertion {
            size += insertion.bytes.count
            // A page served with a build's tag is new with every build, even when its file is not (a
            // rebuild leaves unchanged files as they were): its ETag must change, or a browser would
            // keep the copy naming the old build and reload it again and again.
            modified = max(modified, insertion.build)
        }
        return FileAttributes(isFolder: kind == S_IFDIR, size: size, modificationDate: modified)
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard let insertion = id.insertion else { return try await plainFiles.loadFile(id: id.path, context: context) }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: try Self.page(at: id.path, inserting: insertion.bytes)))
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        guard let insertion = id.insertion else { return try await plainFiles.loadFile(id: id.path, range: range, context: context) }
        let page = try Self.page(at: id.path, inserting: insertion.bytes)
        let lower = max(0, range.lowerBound)
        let upper = min(page.count - 1, range.upperBound)
        guard lower <= upper else { return ResponseBody() }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: page[lower...upper]))
    }

    /// A page's bytes with the tag put at the end of its head, or of its body, or else at its end.
    static func page(at path: String, inserting insertion: [UInt8]) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HTTPError(.notFound)
        }
        var bytes = [UInt8](data)
        let index = firstIndex(of: "</head", in: bytes) ?? firstIndex(of: "</body", in: bytes) ?? bytes.endIndex
        bytes.insert(contentsOf: insertion, at: index)
        return bytes
    }

    /// Where `needle` (lowercase ASCII) first starts in `bytes`, ignoring ASCII case.
    static func firstIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, let first = pattern.first else { return nil }
        var i = 0
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] | 0x20 == first {
                var j = 1
                while j < pattern.count, bytes[i + j] | 0x20 == pattern[j] | 0x20 { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func isHTML(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".htm")
    }

    /// The path with every symbolic link resolved, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
