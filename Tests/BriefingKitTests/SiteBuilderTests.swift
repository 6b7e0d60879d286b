import Foundation
import Testing

@testable import BriefingKit

@Suite struct SiteBuilderTests {
    let seed = try! Fixture.read(Fixture.seedPath)

    @Test func buildsTheBriefingPagesIndexDataAndAssets() async throws {
        let folder = try Fixture.site(articles: ["zakharova-syria.txt": seed, "second.md": "---\ntitle: Second story\ndate: 2017-05-01\n---\nThe mayor, Anna Berg, spoke on Monday.\n"])
        let report = try await SiteBuilder(options: BuildOptions(root: folder)).build()
        #expect(report.articles == 2)
        let fm = FileManager.default
        for file in ["index.html", "briefings.json", "assets/style.css", ".briefing-output",
                     "briefings/zakharova-syria/index.html", "briefings/zakharova-syria/index.md", "briefings/zakharova-syria/briefing.json",
                     "briefings/second/index.html"] {
            #expect(fm.fileExists(atPath: folder + "/public/" + file), "\(file)")
        }
        let index = try Fixture.read(folder + "/public/index.html")
        // Newest first, with relative links that work from disk.
        let second = try #require(index.range(of: "briefings/second/index.html"))
        let seedLink = try #require(index.range(of: "briefings/zakharova-syria/index.html"))
        #expect(second.lowerBound < seedLink.lowerBound)
        #expect(index.contains("href=\"assets/style.css\""))

        let page = try Fixture.read(folder + "/public/briefings/zakharova-syria/index.html")
        for section in ["id=\"summary\"", "id=\"quotes\"", "id=\"timeline\"", "id=\"actors\"", "id=\"source\""] {
            #expect(page.contains(section))
        }
        #expect(page.contains("<p id=\"p-0\">Statements by U.S. Secretary"))
        #expect(page.contains("<a href=\"#p-9\">"))
        #expect(page.contains("href=\"../../assets/style.css\""))
        #expect(page.contains("<table>"))
        #expect(page.contains("Content-Security-Policy"))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/public/briefings.json"))) as? [[String: Any]]
        #expect(json?.count == 2)
    }

    @Test func aBaseURLMakesEveryLinkAbsoluteUnderItsPath() async throws {
        let folder = try Fixture.site(articles: ["a.txt": seed])
        _ = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: "https://example.org/sub/path")).build()
        let page = try Fixture.read(folder + "/public/briefings/a/index.html")
        #expect(page.contains("href=\"https://example.org/sub/path/assets/style.css\""))
        #expect(page.contains("href=\"https://example.org/sub/path/\""))
        #expect(!page.contains("../"))
    }

    @Test func errorsAreAllReportedAndThePreviousSiteIsKept() async throws {
        let folder = try Fixture.site(articles: ["good.txt": seed])
        _ = try await SiteBuilder(options: BuildOptions(root: folder)).build()
        let before = try Fixture.read(folder + "/public/briefings/good/index.html")
        try Fixture.write("---\ndate: someday\n---\nText.", to: folder + "/content/bad1.txt")
        try Fixture.write("---\ntitle: [oops\n---\nText.", to: folder + "/content/bad2.md")
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        let errors = try #require(failure).errors
        #expect(errors.count == 2)
        #expect(errors.contains { $0.description.hasPrefix(folder + "/content/bad1.txt:2:7: error:") })
        #expect(errors.contains { $0.path == folder + "/content/bad2.md" && $0.line > 0 })
        #expect(try Fixture.read(folder + "/public/briefings/good/index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func duplicateSlugsAreAnError() async throws {
        let folder = try Fixture.site(articles: ["a/story.txt": "One\n\nText.", "b/story.md": "Two\n\nText."])
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        #expect(failure?.errors.first?.message.contains("slug 'story' is already used by") == true)
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() async throws {
        let folder = try Fixture.site(articles: ["a.txt": seed])
        try Fixture.write("precious", to: folder + "/public/notes.txt")
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        #expect(failure?.errors.first?.message.contains("refusing to replace") == true)
        #expect(try Fixture.read(folder + "/public/notes.txt") == "precious")
    }

    @Test func aTemplateSyntaxErrorNamesTheFileAndLine() async throws {
        let folder = try Fixture.site(articles: ["a.txt": seed])
        try Fixture.write("<p>\n{{#page}}\n{{title}\n", to: folder + "/Templates/index.mustache")
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        let error = try #require(failure?.errors.first)
        #expect(error.path == folder + "/Templates/index.mustache")
        #expect(error.line == 3)
    }

    @Test func aMissingTemplatesFolderIsExplained() async throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(seed, to: folder + "/content/a.txt")
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        #expect(failure?.errors.first?.message.contains("templates folder not found") == true)
    }

    @Test func configSetsTitleAndPagination() async throws {
        var articles: [String: String] = [:]
        for n in 1...5 { articles["s\(n).md"] = "---\ntitle: Story \(n)\ndate: 2020-01-0\(n)\n---\nBody \(n) of the story.\n" }
        let folder = try Fixture.site(articles: articles)
        try Fixture.write("title: Morning Notes\npage_size: 2\n", to: folder + "/content/_config.yaml")
        _ = try await SiteBuilder(options: BuildOptions(root: folder)).build()
        let first = try Fixture.read(folder + "/public/index.html")
        #expect(first.contains("<title>Morning Notes</title>"))
        #expect(first.contains("Story 5") && first.contains("Story 4") && !first.contains("Story 3"))
        #expect(first.contains("href=\"page/2/index.html\""))
        let third = try Fixture.read(folder + "/public/page/3/index.html")
        #expect(third.contains("Story 1"))
        #expect(third.contains("href=\"../../page/2/index.html\""))
    }

    @Test func aBadConfigValueIsAnErrorAtItsLine() async throws {
        let folder = try Fixture.site(articles: ["a.txt": seed])
        try Fixture.write("title: X\npage_size: many\n", to: folder + "/content/_config.yaml")
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: BuildOptions(root: folder)).build() }
        #expect(failure?.errors.first?.line == 2)
    }
}

@Suite struct ExtractionCacheTests {
    @Test func aRebuildExtractsOnlyWhatChanged() async throws {
        let seed = try Fixture.read(Fixture.seedPath)
        let folder = try Fixture.site(articles: ["a.txt": seed, "b.txt": "B story\n\n\"We are ready for it,\" said Mayor Anna Berg.", "c.json": #"{"title": "C"}"#])
        let cache = ExtractionCache()
        let builder = SiteBuilder(options: BuildOptions(root: folder), cache: cache)
        _ = try await builder.build()
        #expect(cache.misses == 3 && cache.hits == 0)

        cache.resetCounters()
        _ = try await builder.build()
        #expect(cache.misses == 0 && cache.hits == 3)

        // A template change re-renders without extracting.
        cache.resetCounters()
        try Fixture.write(try Fixture.read(folder + "/Templates/briefing.mustache").replacingOccurrences(of: "<h2>Summary</h2>", with: "<h2>In short</h2>"), to: folder + "/Templates/briefing.mustache")
        _ = try await builder.build()
        #expect(cache.misses == 0)
        #expect(try Fixture.read(folder + "/public/briefings/b/index.html").contains("In short"))

        // A changed article is extracted again, and its pages show the change.
        cache.resetCounters()
        try Fixture.write("B story\n\n\"We are ready for anything now,\" said Mayor Anna Berg.", to: folder + "/content/b.txt")
        _ = try await builder.build()
        #expect(cache.misses == 1 && cache.hits == 2)
        #expect(try Fixture.read(folder + "/public/actors/anna-berg/index.html").contains("We are ready for anything now"))

        // A deleted article disappears with the pages only it produced.
        try FileManager.default.removeItem(atPath: folder + "/content/b.txt")
        _ = try await builder.build()
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/briefings/b/index.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/actors/anna-berg/index.html"))
        #expect(cache.count == 2)
    }
}
