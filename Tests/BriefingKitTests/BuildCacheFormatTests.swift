import Foundation
import Testing

@testable import BriefingKit

/// The build cache's binary form: every field survives the round trip, and a damaged file is a miss.
@Suite struct BuildCacheFormatTests {
    static func fullBriefing(_ text: String = "Zakharova «said» \"x\" 👩‍👩‍👧") -> Briefing {
        var overrides = Overrides()
        overrides.summary = [text]
        overrides.quotes = [Quote(text: text, speaker: nil, cue: nil, paragraph: -1)]
        overrides.timeline = [TimelineEntry(date: "--02-11", event: text, paragraph: 0)]
        overrides.actors = [Actor(name: text, kind: .place)]
        let article = Article(
            source: "content/a.txt", slug: "a", title: text, date: PartialDate(year: 2016, week: 6), place: "Moscow", outlet: "TASS",
            url: "https://example.org/a", tags: ["syria", ""],
            paragraphs: [Paragraph(index: 0, text: text, kind: .heading, line: 3), Paragraph(index: 1, text: "", line: Int.max)],
            overrides: overrides)
        return Briefing(
            article: article, summary: [text, "Second."], quotes: [Quote(text: text, speaker: "Maria Zakharova", cue: "said", paragraph: 1)],
            dates: [DateMention(text: "on 11 February", value: "2016-02-11", paragraph: Int.min)],
            timeline: [TimelineEntry(date: "2016-02-11", event: text, paragraph: 1)],
            actors: [Actor(name: "Maria Zakharova", kind: .person, role: "diplomat", aliases: ["Zakharova", "the diplomat"], mentions: 14, paragraph: 0)])
    }

    @Test func briefingsSurviveTheRoundTrip() throws {
        for briefing in [Self.fullBriefing(), Self.fullBriefing().droppingParagraphs(), Self.fullBriefing(""), Briefing(article: Article(source: "", slug: "", title: "", paragraphs: []), summary: [], quotes: [], dates: [], timeline: [], actors: [])] {
            var reader = ByteReader(briefing.cacheBytes)
            let decoded = try Briefing(from: &reader)
            #expect(decoded == briefing)
            #expect(reader.isAtEnd)
        }
    }

    @Test func diagnosticsSurviveTheRoundTrip() throws {
        let diagnostic = Diagnostic(.warning, step: "ingest", path: "content/a.txt", line: 3, column: 9, message: "odd")
        var writer = ByteWriter()
        diagnostic.write(to: &writer)
        var reader = ByteReader(writer.bytes)
        #expect(try Diagnostic(from: &reader) == diagnostic)
    }

    @Test func truncatedOrDamagedBytesThrowInsteadOfTrapping() {
        let bytes = Self.fullBriefing().cacheBytes
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            var reader = ByteReader(Array(bytes.prefix(cut)))
            #expect(throws: ByteReader.Malformed.self) { try Briefing(from: &reader) }
        }
        // A count far beyond the bytes left.
        var reader = ByteReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
        #expect(throws: ByteReader.Malformed.self) { try reader.string() }
    }

    /// Digests are the cache's identity for pages across runs: fixed for given bytes, and sensitive to
    /// any change, including where one run of bytes ends and the next begins.
    @Test func digestsAreStableAndSensitive() {
        #expect(Digest(of: Array("briefing".utf8)) == Digest(of: Array("briefing".utf8)))
        #expect(Digest(of: Array("briefing".utf8)) != Digest(of: Array("briefinh".utf8)))
        var a = DigestHasher()
        a.add("ab")
        a.add("c")
        var b = DigestHasher()
        b.add("a")
        b.add("bc")
        #expect(a.finish() != b.finish())
        var seen = Set<Digest>()
        for n in 0..<10_000 { seen.insert(Digest(of: Array(String(n).utf8))) }
        #expect(seen.count == 10_000)
        #expect(Self.fullBriefing().cacheBytes == Self.fullBriefing().cacheBytes)
    }

    /// Briefings belong to the program that extracted them; the ledger describes the output folder's
    /// bytes, which another program can compare its pages with.
    @Test func aNewProgramKeepsTheLedgerButNotTheBriefings() async throws {
        let folder = try Fixture.temporaryFolder() + "/cache"
        let old = DiskCache(folder: folder, fileSystem: LocalFileSystem(), program: "briefing 1")
        let cache = ExtractionCache()
        cache.store("a.txt", .init(fingerprint: .init(hash: 1, size: 1), briefing: Self.fullBriefing(), diagnostics: [], stamp: nil))
        old.saveExtraction(cache, loadedFrom: nil)
        var ledger = PageLedger(build: 7, setting: Digest(of: [1]), records: ["index.html": .init(content: Digest(of: [2]), input: nil)])
        ledger.lines["briefings.json"] = [.init(input: Digest(of: [3]), offset: 4, length: 120, content: Digest(of: [5]))]
        old.saveLedger(ledger)

        let same = ExtractionCache()
        #expect(await old.loadExtraction(into: same) != nil && same.count == 1)
        let new = DiskCache(folder: folder, fileSystem: LocalFileSystem(), program: "briefing 2")
        let fresh = ExtractionCache()
        #expect(await new.loadExtraction(into: fresh) == nil && fresh.count == 0)
        #expect(new.loadLedger()?.records == ledger.records)
        #expect(new.loadLedger()?.build == 7)
        #expect(new.loadLedger()?.lines == ledger.lines)
    }

    /// A file written in pieces is known by the same digest as the whole, however it is cut.
    @Test func aDigestTakenInPiecesIsTheDigestOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 100, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = Digest(of: bytes)
            for _ in 0..<20 {
                var stream = DigestStream()
                var offset = 0
                while offset < bytes.count {
                    let piece = Int.random(in: 0...min(20, bytes.count - offset), using: &generator)
                    stream.add(Array(bytes[offset..<(offset + piece)]))
                    offset += piece
                }
                #expect(stream.finish() == whole, "length \(length)")
            }
        }
        var other = DigestStream()
        other.add([1, 2, 3])
        #expect(other.finish() != Digest(of: [1, 2]))
    }
}
