import Foundation

/// A build whose inputs are those of the build that wrote the output folder has nothing to do, as
/// `make` would say. The inputs are fingerprinted cheaply (articles by their stamp, the rest by their
/// bytes, nothing by its parse) and
/// the fingerprint is kept in the output folder's marker file, so it travels with the site it describes.
extension SiteBuilder {
    /// Everything a build's output depends on: this program, the options that change pages, the config,
    /// the templates and assets, and every file of the content folder.
    func inputsFingerprint() -> UInt64? {
        var hasher = FNV()
        hasher.add("briefing-inputs-1")
        // A new build of the program may extract or render differently.
        guard let program = Self.programIdentity() else { return nil }
        hasher.add(program)
        hasher.add("base-url:" + (options.baseURL ?? "<config>"))
        // Folders are named by role, not by path: the same files elsewhere make the same site.
        hasher.add("config")
        if fileSystem.exists(options.configPath) {
            guard let bytes = try? fileSystem.read(options.configPath) else { return nil }
            hasher.add(bytes)
        }
        for (folder, label) in [(options.templatesPath, "templates"), (options.contentPath, "content")] {
            hasher.add(label)
            guard fileSystem.isDirectory(folder), let files = try? fileSystem.files(under: folder) else { return nil }
            for file in files {
                let path = (folder as NSString).appendingPathComponent(file)
                hasher.add(file)
                // An article's stamp changes with any write to it, and costs no read: a large archive is
                // checked at every build. Where the disk gives no stamp, the bytes themselves count.
                if label == "content", let stamp = fileSystem.stamp(path) {
                    hasher.add(Array("\(stamp.size) \(stamp.inode) \(stamp.modified) \(stamp.changed)".utf8))
                    continue
                }
                guard let bytes = try? fileSystem.read(path) else { return nil }
                hasher.add(bytes)
            }
        }
        return hasher.value
    }

    /// This program as the disk knows it, with the version of extraction: a new build of Briefing may
    /// extract or render differently, so it trusts nothing an older one left.
    static func programIdentity() -> String? {
        guard let executable = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(executable)|\(attributes[.size] ?? 0)|\(modified)|\(ExtractionCache.Fingerprint.version)"
    }

    /// True when the output folder was written by a build with these very inputs and is still there.
    func outputIsUpToDate(_ fingerprint: UInt64) -> Bool {
        guard let bytes = try? fileSystem.read(options.outputPath + "/" + OutputWriter.marker) else { return false }
        return OutputWriter.fingerprint(inMarker: bytes) == fingerprint
    }
}

/// FNV-1a over a sequence of byte runs, each followed by a separator so that runs cannot run together.
struct FNV {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    mutating func add(_ bytes: [UInt8]) {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        // The length ends the run.
        for shift in stride(from: 0, to: 64, by: 8) {
            h ^= UInt64((bytes.count >> shift) & 0xFF)
            h = h &* 0x100_0000_01b3
        }
        value = h
    }
}
