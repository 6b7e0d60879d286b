import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The seam between Briefing and the disk.
public protocol FileSystem: Sendable {
    func read(_ path: String) throws -> [UInt8]
    func write(_ contents: [UInt8], to path: String) throws
    func createDirectory(_ path: String) throws
    /// Files below a folder, as paths relative to it, sorted; folders are not listed.
    func files(under path: String) throws -> [String]
    func exists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
    func move(_ from: String, to: String) throws
    func remove(_ path: String) throws
    /// What the disk says of a file without reading it, or nil where that is unknown; an equal stamp
    /// means unchanged bytes to the build cache.
    func stamp(_ path: String) -> FileStamp?
    /// Adds bytes at the end of a file, making it when missing: the site's largest files are written
    /// in pieces.
    func append(_ contents: [UInt8], to path: String) throws
    /// The bytes of a file within `range`, fewer where the file ends sooner: a build reads back pieces of
    /// large files it wrote before without holding them whole.
    func read(_ path: String, range: Range<Int>) throws -> [UInt8]
}

extension FileSystem {
    public func stamp(_ path: String) -> FileStamp? { nil }

    /// Reads the file and writes it back longer: correct for any file system, and slow for long files;
    /// a file system that can append in place should.
    public func append(_ contents: [UInt8], to path: String) throws {
        try write((exists(path) ? read(path) : []) + contents, to: path)
    }

    /// Reads the whole file and keeps the range: correct for any file system; one that can read in
    /// place should.
    public func read(_ path: String, range: Range<Int>) throws -> [UInt8] {
        let bytes = try read(path)
        return Array(bytes[min(max(range.lowerBound, 0), bytes.count)..<min(max(range.upperBound, 0), bytes.count)])
    }
}

/// A file's size, inode and change times: what `make` would look at. Any write to the file changes it.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var inode: UInt64
    public var modified: Int64
    public var changed: Int64
}

/// The real disk, through Foundation.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> [UInt8] {
        try reading(path) { fd, size in
            // The size is a hint: a file that grows or shrinks while read is read to its end all the same.
            var bytes = [UInt8](repeating: 0, count: size + 1)
            try Self.fill(&bytes, path: path, grows: true) { buffer, count, _ in systemRead(fd, buffer, count) }
            return bytes
        }
    }

    /// Reads the range with `pread`, without reading what comes before it.
    public func read(_ path: String, range: Range<Int>) throws -> [UInt8] {
        guard range.lowerBound >= 0 else { return try read(path, range: 0..<max(range.upperBound, 0)) }
        return try reading(path) { fd, size in
            // No more than the file holds is asked for, whatever the range says: a range read from a
            // damaged record must not allocate what the disk never had.
            var bytes = [UInt8](repeating: 0, count: min(range.upperBound, max(size, range.lowerBound)) - range.lowerBound)
            try Self.fill(&bytes, path: path, grows: false) { buffer, count, done in
                pread(fd, buffer, count, off_t(range.lowerBound + done))
            }
            return bytes
        }
    }

    /// Opens the file for reading and hands its descriptor and size to `body`.
    private func reading<T>(_ path: String, _ body: (Int32, Int) throws -> T) throws -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.error(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.error(path) }
        return try body(fd, max(Int(info.st_size), 0))
    }

    /// Fills `bytes` with system calls until the file ends, or, unless it `grows`, the buffer is full;
    /// then cuts it to what was read. `call` reads into a place for so many bytes, given how many are in.
    private static func fill(
        _ bytes: inout [UInt8], path: String, grows: Bool, _ call: (UnsafeMutableRawPointer, Int, Int) -> Int
    ) throws {
        var count = 0
        while true {
            if count == bytes.count {
                guard grows else { break }
                bytes += [UInt8](repeating: 0, count: max(4096, bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { call($0.baseAddress! + count, $0.count - count, count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
    }

    /// Writes with plain system calls: no temporary file and no `fsync`, since the whole site is
    /// written into a staging folder that is swapped in only once every file is there.
    public func write(_ contents: [UInt8], to path: String) throws {
        try write(contents, to: path, flags: O_TRUNC)
    }

    /// Appends in place, with `O_APPEND`, making the file when missing.
    public func append(_ contents: [UInt8], to path: String) throws {
        try write(contents, to: path, flags: O_APPEND)
    }

    private func write(_ contents: [UInt8], to path: String, flags: Int32) throws {
        let fd = open(path, O_WRONLY | O_CREAT | flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.error(path) }
        var written = 0
        let ok = contents.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
        let failure = ok ? nil : Self.error(path)
        guard close(fd) == 0, failure == nil else { throw failure ?? Self.error(path) }
    }

    /// The system's last error, as Foundation reports file errors.
    static func error(_ path: String) -> Error {
        let code = errno
        return NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }

    /// Creates the folder and any missing parents. One `mkdir` when the parent exists, as it does for
    /// nearly every folder of a site; FileManager would look at every component of the path first.
    public func createDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            if isDirectory(path) { return }
        case ENOENT:
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != path {
                try createDirectory(parent)
                if mkdir(path, 0o755) == 0 || errno == EEXIST && isDirectory(path) { return }
            }
        default:
            break
        }
        throw Self.error(path)
    }

    public func files(under path: String) throws -> [String] {
        var out: [String] = []
        guard isDirectory(path) else { return [] }
        try Self.walk(path, prefix: "", into: &out)
        return out.sorted()
    }

    /// Lists a folder with `readdir`, which says what each entry is without a `stat` per file: a content
    /// folder of a hundred thousand articles is listed at every build. Links to files count as files;
    /// links to folders are not followed, so a loop of links cannot trap the walk.
    private static func walk(_ folder: String, prefix: String, into out: inout [String]) throws {
        guard let directory = opendir(folder) else { throw error(folder) }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) {
                var info = stat()
                guard stat(folder + "/" + name, &info) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                kind = format == S_IFDIR ? (kind == Int32(DT_LNK) ? Int32(DT_LNK) : Int32(DT_DIR)) : format == S_IFREG ? Int32(DT_REG) : Int32(DT_UNKNOWN)
            }
            if kind == Int32(DT_DIR) {
                folders.append(name)
            } else if kind == Int32(DT_REG) {
                out.append(prefix + name)
            }
        }
        for name in folders { try walk(folder + "/" + name, prefix: prefix + name + "/", into: &out) }
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func move(_ from: String, to: String) throws {
        try FileManager.default.moveItem(atPath: from, toPath: to)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    public func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if os(Linux)
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #else
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        return FileStamp(
            size: Int64(info.st_size), inode: UInt64(info.st_ino),
            modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }
}

extension LocalFileSystem {
    /// Exchanges two folders in one step where the system can (Linux's `renameat2` with
    /// `RENAME_EXCHANGE`), so a reader sees one or the other and never neither; elsewhere, three renames.
    static func exchange(_ first: String, _ second: String) throws {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        // Looked up at run time: Swift's Glibc module does not declare it.
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
            if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return }
        }
        #endif
        let aside = second + "-exchange-\(UInt32.random(in: 0...UInt32.max))"
        let manager = FileManager.default
        try manager.moveItem(atPath: second, toPath: aside)
        try manager.moveItem(atPath: first, toPath: second)
        try manager.moveItem(atPath: aside, toPath: first)
    }
}

// The system calls by other names: inside `LocalFileSystem`, `read` and `write` are its own methods.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
