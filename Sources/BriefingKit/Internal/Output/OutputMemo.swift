import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the output folder and its standby hold, so that a rebuild writes only the files that changed.
///
/// The standby is a second copy of the site beside the output folder (`.public-standby`). A rebuild
/// brings it up to date, writing only the files that differ from what it holds, then exchanges the two
/// folders in one step; the old output becomes the next standby. Kept in the `ExtractionCache` shared
/// between builds; a one-off build has none and writes the whole site.
///
/// `@unchecked Sendable`: every stored property is read and written under `lock` only.
final class OutputMemo: @unchecked Sendable {
    /// A folder as last written: its identity on disk, so that a folder replaced by someone else is
    /// noticed, and the bytes of every file in it.
    struct Folder {
        var identity: FolderIdentity
        var files: [String: [UInt8]]
        /// Every folder the files are in, "" for the top.
        var folders: Set<String>
    }

    struct FolderIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        init?(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private let lock = NSLock()
    private var output: String?
    private var live: Folder?
    private var standby: Folder?

    /// The folders as the last build left them, if that build wrote `output`.
    func state(for output: String) -> (live: Folder?, standby: Folder?) {
        lock.lock()
        defer { lock.unlock() }
        guard self.output == output else { return (nil, nil) }
        return (live, standby)
    }

    func record(output: String, live: Folder?, standby: Folder?) {
        lock.lock()
        defer { lock.unlock() }
        self.output = output
        self.live = live
        self.standby = standby
    }

    /// The standby folder's path, if there is one to remove.
    func takeStandby() -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let output, standby != nil else { return nil }
        standby = nil
        return OutputWriter.standbyPath(output)
    }
}
