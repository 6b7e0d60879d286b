import Foundation
import Testing

@testable import BriefingKit

/// One-off builds with the build cache (`.briefing-cache/`): an unchanged article is neither read nor
/// extracted again, an unchanged page neither rendered nor written, and every build ends with exactly
/// the site a build without the cache writes.
@Suite struct BuildCacheTests {
    let seed = try! Fixture.read(Fixture.seedPath)

    /// Every file of a folder and its bytes.
    func tree(_ folder: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in try LocalFileSystem().files(under: folder) { out[file] = try LocalFileSystem().read(folder + "/" + file) }
        return out
    }

    /// The site a build without the cache writes from the same folder, into another output.
    func clean(_ folder: String) async throws -> [String: [UInt8]] {
        var options = BuildOptions(root: folder, output: folder + "/clean-" + UUID().uuidString)
        options.usesCache = false
        _ = try await SiteBuilder(options: options).build()
        defer { try? FileManager.default.removeItem(atPath: options.outputPath) }
        var files = try tree(options.outputPath)
        // The marker names the build by what it holds; a build without the cache names none.
        files[OutputWriter.marker] = nil
        return files
    }

    func build(_ folder: String) async throws -> (report: BuildReport, cache: ExtractionCache) {
        let builder = SiteBuilder(options: BuildOptions(root: folder))
        let report = try await builder.build()
        return (report, builder.cache)
    }

    func site(_ folder: String) throws -> [String: [UInt8]] {
        var files = try tree(folder + "/public")
        files[OutputWriter.marker] = nil
        return files
    }

    func identity(_ path: String) throws -> [FileAttributeKey: Any] {
        try FileManager.default.attributesOfItem(atPath: path)
    }

    func makeSite() throws -> String {
        try Fixture.site(articles: [
            "a.txt": seed,
            "b.md": "---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for it,\" said Mayor Anna Berg.\n",
            "c.md": "---\ntitle: C story\ndate: 2017-06-01\ntags: [port]\n---\nThe port of Riverton reopened, said Tom Hale.\n",
        ])
    }

    @Test func rebuildsWriteOnlyWhatChangedAndEndWithTheCleanSite() async throws {
        let folder = try makeSite()
        let first = try await build(folder)
        #expect(first.cache.misses == 3)
        #expect(try site(folder) == (try await clean(folder)))
        #expect(FileManager.default.fileExists(atPath: folder + "/.briefing-cache/extraction"))

        let untouched = folder + "/public/briefings/c/index.html"
        let before = try identity(untouched)
        try Fixture.write("---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for anything,\" said Mayor Anna Berg.\n", to: folder + "/content/b.md")
        let second = try await build(folder)
        // Only b was read and extracted again.
        #expect(second.cache.misses == 1 && second.cache.hits == 2)
        #expect(try site(folder) == (try await clean(folder)))
        #expect(try Fixture.read(folder + "/public/briefings/b/index.html").contains("ready for anything"))
        // c's page was neither written nor replaced: the same file, untouched.
        let after = try identity(untouched)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
        let written = second.report.timings.first { $0.step.hasPrefix("write ") }?.step
        #expect(written != nil && written != "write 0 changed files", "\(second.report.timings.map(\.step))")

        // A deleted article goes with its pages and leaves no empty folder.
        try FileManager.default.removeItem(atPath: folder + "/content/c.md")
        _ = try await build(folder)
        #expect(try site(folder) == (try await clean(folder)))
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/briefings/c"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/tags/port"))

        // A template change reaches every page, without extracting anything again.
        let base = folder + "/Templates/base.mustache"
        try Fixture.write(try Fixture.read(base).replacingOccurrences(of: "</body>", with: "<p>marker</p></body>"), to: base)
        let fourth = try await build(folder)
        #expect(fourth.cache.misses == 0)
        #expect(try site(folder) == (try await clean(folder)))
        #expect(try Fixture.read(folder + "/public/briefings/b/index.html").contains("<p>marker</p>"))

        // So does a new base URL.
        var options = BuildOptions(root: folder, baseURL: "https://example.org/news/")
        _ = try await SiteBuilder(options: options).build()
        options.output = folder + "/clean"
        options.usesCache = false
        _ = try await SiteBuilder(options: options).build()
        var expected = try tree(folder + "/clean")
        expected[OutputWriter.marker] = nil
        #expect(try site(folder) == expected)
    }

    /// `briefings.json` is written in pieces by a one-off build and whole by a preview's: the same bytes.
    /// The one-off build also keeps its briefings without their text and reads it again for their pages.
    @Test func filesWrittenInPiecesMatchFilesWrittenWhole() async throws {
        let folder = try makeSite()
        try Fixture.write(#"{"title": "D", "paragraphs": ["First line.", "Second line."]}"#, to: folder + "/content/d.json")
        // A budget smaller than the content: the briefings are kept without their text.
        var slim = BuildOptions(root: folder)
        slim.textBudget = 100
        _ = try await SiteBuilder(options: slim).build()
        _ = try await SiteBuilder(options: BuildOptions(root: folder, output: folder + "/whole"), cache: ExtractionCache()).build()
        var whole = try tree(folder + "/whole")
        whole[OutputWriter.marker] = nil
        #expect(try site(folder) == whole)
        #expect(try Fixture.read(folder + "/public/briefings.json").contains("\"slug\":\"b\""))
        #expect(try Fixture.read(folder + "/public/briefings/d/index.html").contains("Second line."))
        #expect(try Fixture.read(folder + "/public/briefings/a/index.md").contains("Zakharova"))

        // A template change leaves the data unchanged: the file written in pieces is not replaced.
        let data = folder + "/public/briefings.json"
        let before = try identity(data)
        let base = folder + "/Templates/base.mustache"
        try Fixture.write(try Fixture.read(base).replacingOccurrences(of: "</body>", with: "<p>marker</p></body>"), to: base)
        _ = try await build(folder)
        #expect(try identity(data)[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(try site(folder) == (try await clean(folder)))
    }

    /// A rebuild takes the lines of unchanged briefings back from the previous `briefings.json`, and only
    /// the lines that are still as that build wrote them.
    @Test func unchangedLinesOfTheDataFileAreTakenBackOnlyAsWritten() async throws {
        let folder = try makeSite()
        _ = try await build(folder)
        let data = folder + "/public/briefings.json"
        let ledger = try #require(DiskCache(folder: folder + "/.briefing-cache", fileSystem: LocalFileSystem(), program: "").loadLedger())
        let lines = try #require(ledger.lines[SiteAssembler.dataPath])
        #expect(lines.count == 3)
        let bytes = try LocalFileSystem().read(data)
        for line in lines {
            let text = String(decoding: bytes[line.offset..<(line.offset + line.length)], as: UTF8.self)
            #expect(text.hasPrefix("{") && text.hasSuffix("}") && Digest(of: Array(text.utf8)) == line.content)
        }
        let previous = try #require(PreviousLines(ledger: ledger, path: SiteAssembler.dataPath, output: folder + "/public", fileSystem: LocalFileSystem()))
        let found = previous.lines(for: [lines[2].input, nil, Digest(of: [9]), lines[0].input])
        #expect(found[0] == Array(bytes[lines[2].offset..<(lines[2].offset + lines[2].length)]))
        #expect(found[1] == nil && found[2] == nil && found[3] != nil)

        // A line changed by hand, at the same length, is made afresh rather than taken back.
        let edited = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "Riverton", with: "Rivertom")
        #expect(edited.utf8.count == bytes.count)
        try Fixture.write(edited, to: data)
        #expect(previous.lines(for: lines.map(\.input)).compactMap { $0 }.count == 2)
        try Fixture.write("---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for anything,\" said Mayor Anna Berg.\n", to: folder + "/content/b.md")
        _ = try await build(folder)
        #expect(try site(folder) == (try await clean(folder)))
        #expect(try Fixture.read(data).contains("Riverton"))

        // A line is taken back, not made again: one the ledger vouches for, though no build would
        // write it, comes back as it is.
        let cache = DiskCache(folder: folder + "/.briefing-cache", fileSystem: LocalFileSystem(), program: "")
        var vouched = try #require(cache.loadLedger())
        let current = try LocalFileSystem().read(data)
        var lines2 = try #require(vouched.lines[SiteAssembler.dataPath])
        let c = try #require(lines2.firstIndex { String(decoding: current[$0.offset..<($0.offset + $0.length)], as: UTF8.self).contains("Riverton") })
        var edited2 = current
        let line = lines2[c]
        let text = String(decoding: current[line.offset..<(line.offset + line.length)], as: UTF8.self).replacingOccurrences(of: "Riverton", with: "Rivertox")
        edited2.replaceSubrange(line.offset..<(line.offset + line.length), with: Array(text.utf8))
        lines2[c].content = Digest(of: Array(text.utf8))
        vouched.lines[SiteAssembler.dataPath] = lines2
        cache.saveLedger(vouched)
        try LocalFileSystem().write(edited2, to: data)
        try Fixture.write("---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for everything,\" said Mayor Anna Berg.\n", to: folder + "/content/b.md")
        _ = try await build(folder)
        #expect(try Fixture.read(data).contains("Rivertox"))
    }

    /// Lines far apart are read one by one; lines a damaged ledger places outside the file are not read.
    @Test func previousLinesAreReadWhereverTheyLieAndOnlyInsideTheFile() throws {
        let folder = try Fixture.temporaryFolder()
        let lines = ["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"].map { Array($0.utf8) }
        var file: [UInt8] = []
        var records: [PageLedger.Line] = []
        for (index, line) in lines.enumerated() {
            file += [UInt8](repeating: UInt8(ascii: " "), count: 20_000)
            records.append(PageLedger.Line(input: Digest(of: [UInt8(index)]), offset: file.count, length: line.count, content: Digest(of: line)))
            file += line
        }
        try LocalFileSystem().write(file, to: folder + "/data.json")
        var ledger = PageLedger(build: 1, setting: .zero, records: [:])
        ledger.lines["data.json"] = records + [
            PageLedger.Line(input: Digest(of: [7]), offset: 10, length: 1 << 40, content: .zero),
            PageLedger.Line(input: Digest(of: [8]), offset: -5, length: 3, content: .zero),
            PageLedger.Line(input: Digest(of: [9]), offset: Int.max - 1, length: Int.max - 1, content: .zero),
        ]
        let previous = try #require(PreviousLines(ledger: ledger, path: "data.json", output: folder, fileSystem: LocalFileSystem()))
        let found = previous.lines(for: [Digest(of: [2]), Digest(of: [0]), Digest(of: [7]), Digest(of: [8]), Digest(of: [9]), nil])
        #expect(found[0] == lines[2] && found[1] == lines[0])
        #expect(found[2...].allSatisfy { $0 == nil })
        #expect(try LocalFileSystem().read(folder + "/data.json", range: (file.count - 3)..<(1 << 40)) == Array(file.suffix(3)))
    }

    /// A briefing kept without its text reads it again from its file, which must hold the bytes it was
    /// made from: a file changed during the build is an error that names it, not a page of other text.
    @Test func textIsReadAgainOnlyFromTheSameBytes() throws {
        let folder = try Fixture.temporaryFolder()
        let path = folder + "/a.txt"
        try Fixture.write(seed, to: path)
        let bytes = try LocalFileSystem().read(path)
        let whole = Extractor().extract(try ArticleReader(path: path).read(bytes: bytes).article)
        let slim = whole.droppingParagraphs()
        #expect(slim.article.paragraphs.isEmpty && slim.paragraphCount == whole.paragraphCount)
        let origin = ArticleOrigin(path: path, fingerprint: ExtractionCache.Fingerprint(bytes), isData: false)
        let texts = ArticleTexts(fileSystem: LocalFileSystem(), origins: [whole.article.slug: origin])
        #expect(try texts.restore(slim) == whole)

        try Fixture.write(seed + "\nOne more line.\n", to: path)
        do {
            _ = try texts.restore(slim)
            Issue.record("a changed file was read as the briefing's text")
        } catch {
            #expect(error.path == path && error.message.contains("changed while the site was being built"))
        }
    }

    @Test func aDamagedCacheIsOnlyAMiss() async throws {
        let folder = try makeSite()
        _ = try await build(folder)
        for name in ["extraction", "pages"] {
            let path = folder + "/.briefing-cache/" + name
            let bytes = try LocalFileSystem().read(path)
            try LocalFileSystem().write(Array(bytes.prefix(bytes.count / 2)) + [0xFF, 0xFF, 0xFF], to: path)
        }
        try Fixture.write("---\ntitle: B story\n---\nOther text.\n", to: folder + "/content/b.md")
        let report = try await build(folder)
        // What came before the damage still counts; the rest is extracted again.
        #expect(report.cache.misses >= 1 && report.cache.hits + report.cache.misses == 3)
        #expect(try site(folder) == (try await clean(folder)))
        // The damaged file was written afresh: the next build extracts nothing.
        try Fixture.write("---\ntitle: B story\n---\nOther text, again.\n", to: folder + "/content/b.md")
        #expect(try await build(folder).cache.misses == 1)
    }

    /// A rebuild appends the briefings that changed to the cache rather than writing all of them again.
    @Test func theCacheGrowsByWhatChanged() async throws {
        let folder = try makeSite()
        _ = try await build(folder)
        let path = folder + "/.briefing-cache/extraction"
        let first = try LocalFileSystem().read(path).count
        try Fixture.write("---\ntitle: B story\n---\nOther text.\n", to: folder + "/content/b.md")
        _ = try await build(folder)
        let second = try LocalFileSystem().read(path).count
        #expect(second > first && second - first < first / 4, "\(first) then \(second)")
        try FileManager.default.removeItem(atPath: folder + "/content/c.md")
        _ = try await build(folder)
        // A new build reads the journal back: b as changed, c gone, a untouched.
        try Fixture.write("---\ntitle: A\n---\nNew A.\n", to: folder + "/content/d.md")
        let next = try await build(folder)
        #expect(next.cache.misses == 1 && next.cache.hits == 2)
        // A one-off build lets the briefings go from memory once saved; the file holds the three.
        let reloaded = ExtractionCache()
        let disk = DiskCache(folder: folder + "/.briefing-cache", fileSystem: LocalFileSystem(), program: try #require(SiteBuilder.programIdentity()))
        _ = await disk.loadExtraction(into: reloaded)
        #expect(reloaded.count == 3)
        #expect(try site(folder) == (try await clean(folder)))
    }

    /// An actor's page shows its companions' names and links. A change to another article that moves a
    /// companion's slug changes the page even though none of the actor's own briefings changed.
    @Test func anActorPageFollowsItsCompanionsFromOtherBriefings() async throws {
        func article(_ title: String, _ date: String, actors: String) -> String {
            "---\ntitle: \(title)\ndate: \(date)\nactors:\n\(actors)---\nThe council met on Tuesday.\n"
        }
        let folder = try Fixture.site(articles: [
            "a.md": article("Harbour talks", "2017-01-01", actors: "  - name: Lena Varga\n    kind: person\n  - name: Paul Vale\n    kind: person\n"),
            "b.md": article("Trust report", "2017-02-01", actors: "  - name: Harbour Trust\n    kind: organization\n"),
        ])
        _ = try await build(folder)
        let lena = folder + "/public/actors/lena-varga/index.html"
        #expect(try Fixture.read(lena).contains("actors/paul-vale/"))
        // An organization of the same name sorts first and takes the plain slug; the person moves.
        try Fixture.write(article("Trust report", "2017-02-01", actors: "  - name: Paul Vale\n    kind: organization\n"), to: folder + "/content/b.md")
        _ = try await build(folder)
        #expect(try Fixture.read(lena).contains("actors/paul-vale-2/"))
        #expect(try site(folder) == (try await clean(folder)))
    }

    /// A rebuild cut short while moving its files leaves a marker naming no build: the next build
    /// trusts nothing in the folder and writes it whole.
    @Test func aRebuildCutShortIsFollowedByAWholeWrite() async throws {
        let folder = try makeSite()
        _ = try await build(folder)
        try Fixture.write("This folder was generated by briefing; it is replaced on every build.\n", to: folder + "/public/.briefing-output")
        try FileManager.default.removeItem(atPath: folder + "/public/briefings/c/index.html")
        try Fixture.write("half-moved", to: folder + "/public/briefings/a/index.html")
        try Fixture.write("---\ntitle: B story\n---\nOther text.\n", to: folder + "/content/b.md")
        _ = try await build(folder)
        #expect(try site(folder) == (try await clean(folder)))
    }

    @Test func withoutTheCacheNothingIsKept() async throws {
        let folder = try makeSite()
        var options = BuildOptions(root: folder)
        options.usesCache = false
        _ = try await SiteBuilder(options: options).build()
        #expect(!FileManager.default.fileExists(atPath: folder + "/.briefing-cache"))
        options.usesCache = true
        options.force = true
        // --force ignores what the cache holds, and fills it again.
        for _ in 0..<2 {
            let builder = SiteBuilder(options: options)
            _ = try await builder.build()
            #expect(builder.cache.misses == 3)
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/.briefing-cache/extraction"))
        try Fixture.write("---\ntitle: B story\n---\nOther text.\n", to: folder + "/content/b.md")
        let next = try await build(folder).cache
        #expect(next.misses == 1 && next.hits == 2)
    }
}
