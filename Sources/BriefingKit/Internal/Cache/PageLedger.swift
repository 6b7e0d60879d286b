import Foundation

/// What a build wrote into the output folder: every file's path with the digest of its bytes and, for
/// pages made from an input of their own (briefings, actors, the timeline), the digest of that input;
/// for `briefings.json`, where each briefing's line lies and what it was made from.
/// Saved in the build cache; the output folder's marker names the build, so a ledger is trusted only
/// for the very folder it describes.
struct PageLedger: Sendable {
    struct Record: Sendable, Equatable {
        var content: Digest
        var input: Digest?
    }

    /// One line of a file made of one line per input, such as `briefings.json`: where it lies in the
    /// file, the input it was made from, and the digest of its bytes, so that the next build can take an
    /// unchanged input's line back from the file after checking it.
    struct Line: Sendable, Equatable {
        var input: Digest
        var offset: Int
        var length: Int
        var content: Digest
    }

    /// The build that wrote the folder, as its marker records it.
    var build: UInt64
    /// Templates, config and program: pages are reused from an input digest only under the same setting.
    var setting: Digest
    let records: [String: Record]
    /// The paths in order, as the file lists them: sorted once, when the ledger is made.
    private let paths: [String]
    /// The lines of the files written line by line, by path.
    var lines: [String: [Line]] = [:]

    func write(to w: inout ByteWriter) {
        w.fixed(build)
        setting.write(to: &w)
        w.unsigned(UInt64(records.count))
        for path in paths {
            let record = records[path]!
            w.string(path)
            record.content.write(to: &w)
            w.optional(record.input) { $1.write(to: &$0) }
        }
        w.unsigned(UInt64(lines.count))
        for path in lines.keys.sorted() {
            w.string(path)
            w.array(lines[path]!) { w, line in
                line.input.write(to: &w)
                w.int(line.offset)
                w.int(line.length)
                line.content.write(to: &w)
            }
        }
    }

    /// `paths` are the keys of `records`, sorted; nil sorts them here.
    init(build: UInt64, setting: Digest, records: [String: Record], paths: [String]? = nil) {
        self.build = build
        self.setting = setting
        self.records = records
        assert(paths.map { $0.count == records.count } ?? true, "the paths are the records' keys")
        self.paths = paths ?? records.keys.sorted()
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        build = try r.fixed()
        setting = try Digest(from: &r)
        let count = try r.unsigned()
        var records: [String: Record] = [:]
        var paths: [String] = []
        records.reserveCapacity(Int(min(count, 1 << 24)))
        paths.reserveCapacity(Int(min(count, 1 << 24)))
        for _ in 0..<count {
            let path = try r.string()
            let content = try Digest(from: &r)
            if records.updateValue(Record(content: content, input: try r.optional { r throws(ByteReader.Malformed) in try Digest(from: &r) }), forKey: path) == nil {
                paths.append(path)
            }
        }
        self.records = records
        let files = try r.unsigned()
        for _ in 0..<files {
            let path = try r.string()
            lines[path] = try r.array { r throws(ByteReader.Malformed) in
                Line(input: try Digest(from: &r), offset: try r.int(), length: try r.int(), content: try Digest(from: &r))
            }
        }
        // A file written by this program lists its paths sorted; anything else is sorted here.
        self.paths = zip(paths, paths.dropFirst()).allSatisfy { $0 < $1 } ? paths : paths.sorted()
    }
}

/// A build's side of the ledger: answers whether a page is unchanged since the previous build, and
/// records what this build writes or keeps. Shared by the parallel page makers, hence the lock.
final class LedgerSession: @unchecked Sendable {
    /// The previous build's ledger, when it describes the output folder as it is now.
    let previous: PageLedger?
    let setting: Digest
    private let lock = NSLock()
    private var records: [String: PageLedger.Record] = [:]
    /// Pages kept from the previous build without being made again, in the order met.
    private var keptPaths: [String] = []

    init(previous: PageLedger?, setting: Digest) {
        self.previous = previous
        self.setting = setting
    }

    /// True, and the pages recorded as kept, when the previous build made `paths` from an input with
    /// this digest under the same setting: they are in the output folder already, byte for byte.
    func keep(_ paths: [String], input: Digest) -> Bool {
        guard let previous, previous.setting == setting else { return false }
        var known: [PageLedger.Record] = []
        for path in paths {
            guard let record = previous.records[path], record.input == input else { return false }
            known.append(record)
        }
        lock.lock()
        defer { lock.unlock() }
        for (path, record) in zip(paths, known) {
            records[path] = record
            keptPaths.append(path)
        }
        return true
    }

    /// Records a page made by this build, with the input digest noted for it; true when the output
    /// folder already holds these bytes. The digest of the bytes is taken outside the lock.
    func record(_ page: Page) -> Bool {
        record(page.path, content: Digest(of: page.contents))
    }

    /// Records a file of this build by the digest of its bytes; true when the output folder holds them.
    func record(_ path: String, content: Digest) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        records[path] = PageLedger.Record(content: content, input: inputs.removeValue(forKey: path))
        return previous?.records[path]?.content == content
    }

    /// Input digests of pages made this build, to be recorded with their bytes.
    private var inputs: [String: Digest] = [:]

    func noteInput(_ paths: [String], _ input: Digest) {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { inputs[path] = input }
    }

    /// The lines of a file written line by line, to be recorded with the ledger.
    private var lines: [String: [PageLedger.Line]] = [:]

    func noteLines(_ path: String, _ fileLines: [PageLedger.Line]) {
        lock.lock()
        defer { lock.unlock() }
        lines[path] = fileLines
    }

    var kept: [String] {
        lock.lock()
        defer { lock.unlock() }
        return keptPaths
    }

    /// Files the previous build wrote that this one did not make or keep.
    var stale: [String] {
        lock.lock()
        defer { lock.unlock() }
        guard let previous else { return [] }
        return previous.records.keys.filter { records[$0] == nil }.sorted()
    }

    /// The ledger of this build, once every page is made. It is named after what it records, so the
    /// same output gets the same name, and the marker stays byte-identical from build to build.
    func ledger() -> PageLedger {
        lock.lock()
        defer { lock.unlock() }
        if let finished, finished.records.count == records.count { return finished }
        var hasher = DigestHasher()
        hasher.add(setting)
        let paths = records.keys.sorted()
        for path in paths {
            hasher.add(path)
            hasher.add(records[path]!.content)
        }
        var ledger = PageLedger(build: hasher.finish().low | 1, setting: setting, records: records, paths: paths)
        // Only lines of files this build wrote, as it wrote them.
        ledger.lines = lines.filter { records[$0.key] != nil }
        finished = ledger
        return ledger
    }

    /// The ledger as last worked out: asked for by the marker, then by the cache, with nothing between.
    private var finished: PageLedger?
}
