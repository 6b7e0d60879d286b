import Foundation

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
}

/// The real disk, through Foundation.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public func write(_ contents: [UInt8], to path: String) throws {
        try Data(contents).write(to: URL(fileURLWithPath: path))
    }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func files(under path: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(relative), isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                out.append(relative)
            }
        }
        return out.sorted()
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
