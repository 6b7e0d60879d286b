import Foundation
import Testing

@testable import BriefingKit

/// Rebuilds with a shared cache render and write only what changed, and end with exactly the site a
/// build from nothing writes.
@Suite struct IncrementalBuildTests {
    let seed = try! Fixture.read(Fixture.seedPath)

    /// Every file of a folder and its bytes, the marker aside.
    func tree(_ folder: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in try LocalFileSystem().files(under: folder) where file != ".briefing-output" {
            out[file] = try LocalFileSystem().read(folder + "/" + file)
        }
        return out
    }

    func folders(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    /// The site a fresh build writes from the same folder, into another output.
    func fresh(_ folder: String) async throws -> [String: [UInt8]] {
        let output = folder + "/fresh-" + UUID().uuidString
        var options = BuildOptions(root: folder, output: output)
        options.usesCache = false
        _ = try await SiteBuilder(options: options).build()
        defer { try? FileManager.default.removeItem(atPath: output) }
        return try tree(output)
    }

    @Test func rebuildsEndWithTheSiteAFreshBuildWrites() async throws {
        let folder = try Fixture.site(articles: [
            "a.txt": seed,
            "b.md": "---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for it,\" said Mayor Anna Berg.\n",
            "c.md": "---\ntitle: C story\ndate: 2017-06-01\ntags: [port]\n---\nThe port of Riverton reopened, said Tom Hale.\n",
        ])
        let cache = ExtractionCache()
        let builder = SiteBuilder(options: BuildOptions(root: folder), cache: cache)
        let output = folder + "/public"
        let standby = folder + "/.public-standby"

        _ = try await builder.build()
        #expect(try tree(output) == (try await fresh(folder)))

        // The second build keeps the first as its standby; from then on only changes are written.
        try Fixture.write("---\ntitle: B story\ndate: 2017-05-01\ntags: [city]\n---\n\"We are ready for anything,\" said Mayor Anna Berg.\n", to: folder + "/content/b.md")
        _ = try await builder.build()
        #expect(FileManager.default.fileExists(atPath: standby + "/.briefing-output"))
        #expect(try tree(output) == (try await fresh(folder)))

        try Fixture.write("---\ntitle: B story, revised\ndate: 2017-07-01\ntags: [city, harbour]\n---\n\"We are ready for everything,\" said Mayor Anna Berg.\n", to: folder + "/content/b.md")
        let unchanged = try FileManager.default.attributesOfItem(atPath: output + "/briefings/c/index.html")[.modificationDate] as? Date
        _ = try await builder.build()
        #expect(cache.pageCounts.reused > 0)
        #expect(try tree(output) == (try await fresh(folder)))
        #expect(try Fixture.read(output + "/briefings/b/index.html").contains("ready for everything"))
        // A page that did not change was not written again (it comes from the standby, two builds old).
        let now = try FileManager.default.attributesOfItem(atPath: output + "/briefings/c/index.html")[.modificationDate] as? Date
        #expect(now != nil && unchanged != nil && now! <= unchanged!)

        // A new title with the same actors and quotes: the actors' pages that list the story change too.
        try Fixture.write("---\ntitle: C story, retitled\ndate: 2017-06-01\ntags: [port]\n---\nThe port of Riverton reopened, said Tom Hale.\n", to: folder + "/content/c.md")
        _ = try await builder.build()
        #expect(try tree(output) == (try await fresh(folder)))
        let actorPages = try tree(output).filter { $0.key.hasPrefix("actors/") && $0.key.hasSuffix("/index.html") && $0.key != "actors/index.html" }
        #expect(actorPages.values.contains { String(decoding: $0, as: UTF8.self).contains("C story, retitled") })

        // A deleted article goes with its pages and leaves no empty folder.
        try FileManager.default.removeItem(atPath: folder + "/content/c.md")
        _ = try await builder.build()
        #expect(try tree(output) == (try await fresh(folder)))
        #expect(!folders(output).contains("briefings/c"))
        #expect(!folders(output).contains("tags/port"))

        // A template change renders every page again.
        try Fixture.write(try Fixture.read(folder + "/Templates/base.mustache").replacingOccurrences(of: "</body>", with: "<p>marker</p></body>"), to: folder + "/Templates/base.mustache")
        _ = try await builder.build()
        #expect(cache.pageCounts.reused == 0)
        #expect(try tree(output) == (try await fresh(folder)))
        #expect(try Fixture.read(output + "/briefings/b/index.html").contains("<p>marker</p>"))

        cache.removeStandby()
        #expect(!FileManager.default.fileExists(atPath: standby))
    }

    @Test func anOutputReplacedByAnotherBuildIsWrittenWhole() async throws {
        let folder = try Fixture.site(articles: ["a.txt": seed, "b.md": "---\ntitle: B story\n---\nText of B.\n"])
        let cache = ExtractionCache()
        let builder = SiteBuilder(options: BuildOptions(root: folder), cache: cache)
        _ = try await builder.build()
        _ = try await builder.build()
        // Another build (say `briefing build` in another terminal) replaces the output meanwhile.
        _ = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: "https://example.org/")).build()
        #expect(!FileManager.default.fileExists(atPath: folder + "/.public-standby"))
        try Fixture.write("---\ntitle: B story\n---\nNew text of B.\n", to: folder + "/content/b.md")
        _ = try await builder.build()
        #expect(try tree(folder + "/public") == (try await fresh(folder)))
    }
}

@Suite struct OutputPathTests {
    @Test func onlyPathsThatStayInsideTheOutputAreSafe() {
        for path in ["index.html", "a/b/c.html", "...", "a/.../b", ".well-known/x", "a/..b/c", "a..b"] {
            #expect(OutputWriter.isSafe(path), "\(path)")
        }
        for path in ["", "/etc/passwd", "..", ".", "a/../b", "a/./b", "a//b", "a/", "../x", "a/..", "a\u{0}b", "./a"] {
            #expect(!OutputWriter.isSafe(path), "\(path)")
        }
    }
}

/// A build whose inputs have not changed since the output was written does nothing, and any change to
/// an article, a template or the config makes the next build do the work again.
@Suite struct UpToDateTests {
    func site() throws -> String {
        let folder = try Fixture.site(articles: [
            "a.md": "---\ntitle: A story\ndate: 2017-05-01\n---\n\"We are ready,\" said Mayor Anna Berg.\n",
            "b.md": "---\ntitle: B story\ndate: 2017-06-01\n---\nThe port reopened, said Tom Hale.\n",
        ])
        return folder
    }

    func build(_ folder: String, force: Bool = false) async throws -> BuildReport {
        var options = BuildOptions(root: folder)
        options.force = force
        return try await SiteBuilder(options: options).build()
    }

    @Test func anUnchangedSiteIsNotBuiltAgain() async throws {
        let folder = try site()
        let first = try await build(folder)
        #expect(!first.upToDate && first.articles == 2)
        let page = try Fixture.read(folder + "/public/briefings/a/index.html")
        let second = try await build(folder)
        #expect(second.upToDate)
        #expect(try Fixture.read(folder + "/public/briefings/a/index.html") == page)
        #expect(try await build(folder, force: true).upToDate == false)
    }

    @Test(arguments: ["content/b.md", "Templates/briefing.mustache", "content/_config.yaml"])
    func anyChangedInputBuildsAgain(_ file: String) async throws {
        let folder = try site()
        _ = try await build(folder)
        let path = folder + "/" + file
        let before = FileManager.default.fileExists(atPath: path) ? try Fixture.read(path) : ""
        try Fixture.write(before + (file.hasSuffix(".mustache") ? "{{! changed }}\n" : file.hasSuffix(".yaml") ? "title: Changed\n" : "\nOne more line.\n"), to: path)
        let report = try await build(folder)
        #expect(!report.upToDate && report.articles == 2)
    }

    @Test func aRemovedArticleBuildsAgain() async throws {
        let folder = try site()
        _ = try await build(folder)
        try FileManager.default.removeItem(atPath: folder + "/content/b.md")
        let report = try await build(folder)
        #expect(!report.upToDate && report.articles == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/briefings/b/index.html"))
    }

    @Test func anOutputWrittenByTheRebuildingPreviewIsNotTrusted() async throws {
        let folder = try site()
        _ = try await build(folder)
        // The preview server's rebuilds keep no fingerprint, so the next plain build does the work.
        _ = try await SiteBuilder(options: BuildOptions(root: folder), cache: ExtractionCache()).build()
        #expect(try await build(folder).upToDate == false)
        #expect(try await build(folder).upToDate == true)
    }
}

/// What a build killed half-way leaves beside the output is cleared, and a site caught between the two
/// renames of the swap is put back rather than thrown away.
@Suite struct AbandonedOutputTests {
    @Test func aSiteLeftAsideBetweenTheRenamesIsRestored() throws {
        let folder = try Fixture.temporaryFolder()
        let fileSystem = LocalFileSystem()
        // A process id that cannot be running: the kernel's limit is far below it.
        let old = folder + "/.public-old-2147483000-1"
        let staging = folder + "/.public-staging-2147483000-1"
        try fileSystem.createDirectory(old)
        try fileSystem.createDirectory(staging)
        try fileSystem.write(Array("yesterday".utf8), to: old + "/index.html")
        StagedOutput.removeAbandoned(beside: folder + "/public", fileSystem: fileSystem)
        #expect(try Fixture.read(folder + "/public/index.html") == "yesterday")
        #expect(!fileSystem.exists(old) && !fileSystem.exists(staging))
    }
}
