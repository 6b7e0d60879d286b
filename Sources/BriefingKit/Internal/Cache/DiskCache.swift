import Foundation

/// The build cache kept between runs of `briefing build`, in a folder of its own (`.briefing-cache/`):
/// every article's briefing, so that an unchanged file is neither read nor extracted again, and the
/// page ledger of the last build, so that an unchanged page is neither rendered nor written again.
///
/// Each file starts with the format and the identity of the program that wrote it; another program
/// (a new build of Briefing) or a damaged file reads as an empty cache, never as an error.
struct DiskCache: Sendable {
    let folder: String
    let fileSystem: any FileSystem
    /// The program and extraction version: a cache outlives neither.
    let program: String

    static let formatVersion: UInt64 = 1
    private static let magic = Array("briefing-cache\n".utf8)

    private var extractionPath: String { folder + "/extraction" }
    private var ledgerPath: String { folder + "/pages" }

    // MARK: Extraction

    /// Fills `cache` with the briefings the last build saved; nothing when there are none or they are
    /// not this program's.
    func loadExtraction(into cache: ExtractionCache) {
        guard var reader = open(extractionPath) else { return }
        var entries: [(String, ExtractionCache.Entry)] = []
        do throws(ByteReader.Malformed) {
            let count = try reader.unsigned()
            for _ in 0..<count {
                let path = try reader.string()
                let stamp = try reader.optional { r throws(ByteReader.Malformed) in
                    FileStamp(size: Int64(try r.int()), inode: try r.unsigned(), modified: Int64(try r.int()), changed: Int64(try r.int()))
                }
                let fingerprint = ExtractionCache.Fingerprint(hash: try reader.fixed(), size: try reader.int())
                let digest = try Digest(from: &reader)
                let briefing = try Briefing(from: &reader)
                let diagnostics = try reader.array { r throws(ByteReader.Malformed) in try Diagnostic(from: &r) }
                entries.append((path, .init(fingerprint: fingerprint, briefing: briefing, diagnostics: diagnostics, stamp: stamp, digest: digest)))
            }
        } catch {
            return
        }
        for (path, entry) in entries { cache.store(path, entry) }
    }

    /// Saves every briefing of `cache`. A failure to save costs the next build time, not correctness.
    func saveExtraction(_ cache: ExtractionCache) {
        var writer = header()
        let entries = cache.all.sorted { $0.key < $1.key }
        writer.unsigned(UInt64(entries.count))
        for (path, entry) in entries {
            writer.string(path)
            writer.optional(entry.stamp) { w, stamp in
                w.int(Int(stamp.size))
                w.unsigned(stamp.inode)
                w.int(Int(stamp.modified))
                w.int(Int(stamp.changed))
            }
            writer.fixed(entry.fingerprint.hash)
            writer.int(entry.fingerprint.size)
            entry.digest.write(to: &writer)
            entry.briefing.write(to: &writer)
            writer.array(entry.diagnostics) { $1.write(to: &$0) }
        }
        save(writer.bytes, to: extractionPath)
    }

    // MARK: Pages

    func loadLedger() -> PageLedger? {
        guard var reader = open(ledgerPath) else { return nil }
        return try? PageLedger(from: &reader)
    }

    func saveLedger(_ ledger: PageLedger) {
        var writer = header()
        ledger.write(to: &writer)
        save(writer.bytes, to: ledgerPath)
    }

    /// Forgets the ledger: the output folder no longer matches it.
    func removeLedger() {
        try? fileSystem.remove(ledgerPath)
    }

    // MARK: Files

    private func header() -> ByteWriter {
        var writer = ByteWriter(capacity: 1 << 20)
        writer.append(Self.magic)
        writer.unsigned(Self.formatVersion)
        writer.string(program)
        return writer
    }

    private func open(_ path: String) -> ByteReader? {
        guard fileSystem.exists(path), let bytes = try? fileSystem.read(path) else { return nil }
        var reader = ByteReader(bytes)
        for byte in Self.magic {
            guard (try? reader.byte()) == byte else { return nil }
        }
        guard (try? reader.unsigned()) == Self.formatVersion, (try? reader.string()) == program else { return nil }
        return reader
    }

    /// Writes beside the file, then renames over it: a reader never sees half a file.
    private func save(_ bytes: [UInt8], to path: String) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try fileSystem.createDirectory(folder)
            try fileSystem.write(bytes, to: temporary)
            guard rename(temporary, path) == 0 else { throw LocalFileSystem.error(path) }
        } catch {
            try? fileSystem.remove(temporary)
        }
    }
}
