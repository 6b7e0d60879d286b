import Foundation

/// The build cache kept between runs of `briefing build`, in a folder of its own (`.briefing-cache/`):
/// every article's briefing, so that an unchanged file is neither read nor extracted again, and the
/// page ledger of the last build, so that an unchanged page is neither rendered nor written again.
///
/// Each file starts with the format and, for the briefings, the identity of the program that wrote
/// them: another program (a new build of Briefing) or a damaged file reads as an empty cache, never as
/// an error. The ledger describes the output folder's bytes, whoever wrote them; its pages are reused
/// from their inputs only under the same program, which its setting digest includes.
struct DiskCache: Sendable {
    let folder: String
    let fileSystem: any FileSystem
    /// The program and extraction version: a cache outlives neither.
    let program: String

    static let formatVersion: UInt64 = 5
    private static let magic = Array("briefing-cache\n".utf8)

    private var extractionPath: String { folder + "/extraction" }
    private var ledgerPath: String { folder + "/pages" }

    // MARK: Extraction

    /// The extraction file as loaded: a journal of records, each an article's briefing or its removal,
    /// the last record of a path winning. A build appends the records of what changed rather than
    /// writing every briefing again; once the journal holds twice as many records as briefings, it is
    /// written afresh.
    struct ExtractionFile: Sendable {
        var size: Int
        var records: Int
    }

    /// Fills `cache` with the briefings the last builds saved; nothing when there are none or they are
    /// not this program's. A damaged record ends the reading: what came before it still counts, and the
    /// next save writes the file afresh.
    ///
    /// Each briefing is stored with its length, so that the records are found in one quick pass and
    /// the briefings, most of the work, decoded on every core.
    @discardableResult
    func loadExtraction(into cache: ExtractionCache, jobs: Int? = nil) async -> ExtractionFile? {
        guard let bytes = read(extractionPath), var reader = reader(bytes) else { return nil }
        var records: [(path: String, entry: Range<Int>?)] = []
        var intact = true
        while !reader.isAtEnd {
            do throws(ByteReader.Malformed) {
                let kept = try reader.bool()
                let path = try reader.string()
                records.append((path, kept ? try reader.sized() : nil))
            } catch {
                intact = false
                break
            }
        }
        let decoded: [ExtractionCache.Entry?] = await records.map(\.entry).concurrentMap(jobs: jobs) { range in
            guard let range else { return nil }
            var reader = ByteReader(bytes, offset: range.lowerBound)
            guard let entry = try? Self.readEntry(&reader), reader.offset == range.upperBound else { return nil }
            return entry
        }
        var entries: [String: ExtractionCache.Entry] = [:]
        entries.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            guard record.entry != nil else {
                entries[record.path] = nil
                continue
            }
            guard let entry = decoded[index] else {
                intact = false
                break
            }
            entries[record.path] = entry
        }
        cache.storeLoaded(entries)
        return intact ? ExtractionFile(size: bytes.count, records: records.count) : nil
    }

    /// Saves what changed in `cache` since it was loaded from `file`, or every briefing when the file is
    /// not there to append to. A failure to save costs the next build time, not correctness.
    func saveExtraction(_ cache: ExtractionCache, loadedFrom file: ExtractionFile?) {
        let entries = cache.all
        let (changed, removed) = cache.changes
        if let file, file.records + changed.count + removed.count <= 2 * max(entries.count, 64) {
            var writer = ByteWriter(capacity: 1 << 16)
            for path in changed.sorted() {
                guard let entry = entries[path] else { continue }
                writer.bool(true)
                writer.string(path)
                writer.sized { Self.writeEntry(entry, to: &$0) }
            }
            for path in removed.sorted() where entries[path] == nil {
                writer.bool(false)
                writer.string(path)
            }
            if append(writer.bytes, to: extractionPath, expectedSize: file.size) { return }
        }
        // Written a few megabytes at a time: the briefings of a large archive are hundreds of megabytes,
        // which need not be held a second time.
        save(to: extractionPath) { emit in
            var writer = header()
            for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
                writer.bool(true)
                writer.string(path)
                writer.sized { Self.writeEntry(entry, to: &$0) }
                if writer.bytes.count >= 1 << 22 {
                    try emit(writer.bytes)
                    writer.clear()
                }
            }
            try emit(writer.bytes)
        }
    }

    private static func writeEntry(_ entry: ExtractionCache.Entry, to writer: inout ByteWriter) {
        writer.optional(entry.stamp) { w, stamp in
            w.int(Int(stamp.size))
            w.unsigned(stamp.inode)
            w.int(Int(stamp.modified))
            w.int(Int(stamp.changed))
        }
        writer.fixed(entry.fingerprint.hash)
        writer.int(entry.fingerprint.size)
        entry.digest.write(to: &writer)
        // Without the text, which the article's file holds: a smaller file loads faster, and a build
        // reads the text again only for the pages it makes (`ArticleTexts`).
        entry.briefing.droppingParagraphs().write(to: &writer)
        writer.array(entry.diagnostics) { $1.write(to: &$0) }
    }

    private static func readEntry(_ reader: inout ByteReader) throws(ByteReader.Malformed) -> ExtractionCache.Entry {
        let stamp = try reader.optional { r throws(ByteReader.Malformed) in
            FileStamp(size: Int64(try r.int()), inode: try r.unsigned(), modified: Int64(try r.int()), changed: Int64(try r.int()))
        }
        let fingerprint = ExtractionCache.Fingerprint(hash: try reader.fixed(), size: try reader.int())
        let digest = try Digest(from: &reader)
        let briefing = try Briefing(from: &reader)
        let diagnostics = try reader.array { r throws(ByteReader.Malformed) in try Diagnostic(from: &r) }
        return .init(fingerprint: fingerprint, briefing: briefing, diagnostics: diagnostics, stamp: stamp, digest: digest)
    }

    // MARK: Pages

    func loadLedger() -> PageLedger? {
        guard let bytes = read(ledgerPath), var reader = reader(bytes, program: "") else { return nil }
        return try? PageLedger(from: &reader)
    }

    func saveLedger(_ ledger: PageLedger) {
        var writer = header(program: "")
        ledger.write(to: &writer)
        save(to: ledgerPath) { emit in try emit(writer.bytes) }
    }

    /// Forgets the ledger: the output folder no longer matches it.
    func removeLedger() {
        try? fileSystem.remove(ledgerPath)
    }

    // MARK: Files

    private func header(program: String? = nil) -> ByteWriter {
        var writer = ByteWriter(capacity: 1 << 20)
        writer.append(Self.magic)
        writer.unsigned(Self.formatVersion)
        writer.string(program ?? self.program)
        return writer
    }

    private func read(_ path: String) -> [UInt8]? {
        guard fileSystem.exists(path) else { return nil }
        return try? fileSystem.read(path)
    }

    /// A reader past the header, if the header is this format's and this program's.
    private func reader(_ bytes: [UInt8], program: String? = nil) -> ByteReader? {
        var reader = ByteReader(bytes)
        for byte in Self.magic {
            guard (try? reader.byte()) == byte else { return nil }
        }
        guard (try? reader.unsigned()) == Self.formatVersion, (try? reader.string()) == program ?? self.program else { return nil }
        return reader
    }

    /// Appends to a file that is still the size it was when read; false when it is not, or on failure.
    /// A short or failed append leaves a damaged tail, which the next load stops at and the next save
    /// replaces.
    private func append(_ bytes: [UInt8], to path: String, expectedSize: Int) -> Bool {
        guard let stamp = fileSystem.stamp(path), stamp.size == Int64(expectedSize) else { return false }
        return (try? fileSystem.append(bytes, to: path)) != nil
    }

    /// Writes beside the file, in the pieces `fill` hands to its `emit`, then renames over it: a reader
    /// never sees half a file.
    private func save(to path: String, _ fill: (_ emit: ([UInt8]) throws -> Void) throws -> Void) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try fileSystem.createDirectory(folder)
            try fileSystem.write([], to: temporary)
            try fill { try fileSystem.append($0, to: temporary) }
            guard rename(temporary, path) == 0 else { throw LocalFileSystem.error(path) }
        } catch {
            try? fileSystem.remove(temporary)
        }
    }
}
