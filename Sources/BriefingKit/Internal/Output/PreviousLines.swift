/// The lines of a file the previous build wrote one input per line (`briefings.json`), found by the
/// digest of the input each was made from: a line whose input is unchanged is read back from the output
/// folder rather than made again. Every line read is checked against the digest the ledger holds for
/// it, so a line that is not as that build wrote it is made afresh rather than copied.
struct PreviousLines: Sendable {
    private let fileSystem: any FileSystem
    private let file: String
    private let byInput: [Digest: PageLedger.Line]

    /// Nil when the previous build's ledger has no lines for `path`, or the file is not there.
    init?(ledger: PageLedger?, path: String, output: String, fileSystem: any FileSystem) {
        let file = output + "/" + path
        guard let lines = ledger?.lines[path], !lines.isEmpty, let size = fileSystem.stamp(file)?.size ?? Self.size(of: file, fileSystem)
        else { return nil }
        self.fileSystem = fileSystem
        self.file = file
        // Lines a damaged ledger places outside the file are left out rather than read.
        let placed = lines.filter { $0.offset >= 0 && $0.length >= 0 && $0.length <= Int(size) && $0.offset <= Int(size) - $0.length }
        // Equal inputs make equal lines: any one of them will do.
        byInput = Dictionary(placed.map { ($0.input, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The size of a file on a file system that tells no stamps: read to learn it.
    private static func size(of file: String, _ fileSystem: any FileSystem) -> Int64? {
        guard fileSystem.exists(file), let bytes = try? fileSystem.read(file) else { return nil }
        return Int64(bytes.count)
    }

    /// The previous lines of these inputs, in their order; nil for an input with no line, or whose line
    /// is no longer in the file as written.
    func lines(for inputs: [Digest?]) -> [[UInt8]?] {
        taken(for: inputs).map { $0?.bytes }
    }

    /// `lines(for:)` with the digest each line was checked against, so that it is not taken again. The
    /// lines of a batch are read in one piece when they lie close together, as they do when the order
    /// of the site is unchanged.
    func taken(for inputs: [Digest?]) -> [(bytes: [UInt8], digest: Digest)?] {
        let found = inputs.map { $0.flatMap { byInput[$0] } }
        let located = found.compactMap { $0 }
        guard let start = located.map(\.offset).min(), let end = located.map({ $0.offset + $0.length }).max() else {
            return found.map { _ in nil }
        }
        let total = located.reduce(0) { $0 + $1.length }
        // One read of the span when it is mostly these lines; otherwise a read per line.
        let span: [UInt8]? = end - start <= 2 * total + 4096 ? try? fileSystem.read(file, range: start..<end) : nil
        return found.map { line in
            guard let line else { return nil }
            let bytes: [UInt8]
            if let span {
                guard line.offset - start + line.length <= span.count else { return nil }
                bytes = Array(span[(line.offset - start)..<(line.offset - start + line.length)])
            } else {
                guard let read = try? fileSystem.read(file, range: line.offset..<(line.offset + line.length)) else { return nil }
                bytes = read
            }
            return bytes.count == line.length && Digest(of: bytes) == line.content ? (bytes, line.content) : nil
        }
    }
}
