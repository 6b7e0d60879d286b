import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@testable import BriefingKit

@Suite struct SitePagesTests {
    let seed = try! Fixture.read(Fixture.seedPath)

    func build(_ articles: [String: String], baseURL: String? = nil) async throws -> String {
        let folder = try Fixture.site(articles: articles)
        _ = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: baseURL)).build()
        return folder + "/public"
    }

    @Test func actorPagesGatherQuotesAcrossBriefings() async throws {
        let second = "---\ntitle: Follow-up\ndate: 2016-02-12\n---\n\"We expect nothing new from Munich,\" Zakharova said on Friday.\n"
        let site = try await build(["zakharova-syria.txt": seed, "follow-up.txt": second])
        let page = try Fixture.read(site + "/actors/maria-zakharova/index.html")
        #expect(page.contains("We expect nothing new from Munich"))
        // Newest first: the follow-up's quote comes before the seed's.
        let newer = try #require(page.range(of: "We expect nothing new"))
        let older = try #require(page.range(of: "As always, no data was provided"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(page.contains("official representative of the Russian foreign Ministry"))
        #expect(page.contains("../../briefings/follow-up/index.html#p-0"))
        #expect(!FileManager.default.fileExists(atPath: site + "/actors/zakharova/index.html"), "the surname joins the full name")
        let index = try Fixture.read(site + "/actors/index.html")
        #expect(index.contains("id=\"person\"") && index.contains("id=\"place\"") && index.contains("id=\"organization\""))
    }

    @Test func theTimelinePlacesPartialDatesByTheirArticle() async throws {
        let undated = "---\ntitle: Data\ndate: 2019-05-02\n---\nTalks begin on 11 February, officials in Oslo said.\n"
        let site = try await build(["a.txt": seed, "b.txt": undated])
        let timeline = try Fixture.read(site + "/timeline/index.html")
        let y2016 = try #require(timeline.range(of: "id=\"y-2016\""))
        let y2019 = try #require(timeline.range(of: "id=\"y-2019\""))
        #expect(y2016.lowerBound < y2019.lowerBound)
        #expect(timeline.contains("datetime=\"2019-02-11\""))
        #expect(timeline.contains("../briefings/a/index.html#p-9"))
    }

    /// A long timeline is a page per year under an index of the years, every link resolving.
    @Test func aLongTimelineIsAPagePerYear() async throws {
        let undated = "---\ntitle: Data\ndate: 2019-05-02\n---\nTalks begin on 11 February, officials in Oslo said.\n"
        let briefings = [try Fixture.briefing(seed, path: "a.txt"), try Fixture.briefing(undated, path: "b.txt")]
        var assembler = SiteAssembler(
            config: SiteConfig(), markdown: CmarkRenderer(), templates: try await MustacheRenderer.load(directory: Fixture.root.appendingPathComponent("Templates").path),
            assets: [])
        assembler.timelinePageLimit = 1
        let pages = try await assembler.assemble(briefings).site.pages
        let byPath = Dictionary(pages.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        let index = try #require(byPath["timeline/index.html"])
        #expect(index.contains("href=\"../timeline/2016/index.html\"") && index.contains("href=\"../timeline/2019/index.html\""))
        #expect(!index.contains("<time"), "the index lists years, not events")
        let y2019 = try #require(byPath["timeline/2019/index.html"])
        #expect(y2019.contains("datetime=\"2019-02-11\"") && !y2019.contains("datetime=\"2016-"))
        #expect(y2019.contains("href=\"../../briefings/b/index.html#p-0\""))
        #expect(y2019.contains("aria-current=\"page\">2019<"))
        let y2016 = try #require(byPath["timeline/2016/index.html"])
        #expect(y2016.contains("../../briefings/a/index.html#p-9") && !y2016.contains("datetime=\"2019-"))

        let folder = try Fixture.temporaryFolder()
        for page in pages { try Fixture.write(String(decoding: page.contents, as: UTF8.self), to: folder + "/" + page.path) }
        for asset in ["style.css", "search.js"] { try Fixture.write("", to: folder + "/assets/" + asset) }
        let report = try SiteChecker(output: folder, baseURL: nil).check()
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test func tagsGetPages() async throws {
        let tagged = "---\ntitle: Tagged\ndate: 2020-01-01\ntags: [Port Strike, economy]\n---\nWorkers stopped work on Monday.\n"
        let site = try await build(["t.txt": tagged])
        #expect(try Fixture.read(site + "/tags/port-strike/index.html").contains("Tagged"))
        #expect(try Fixture.read(site + "/tags/index.html").contains("href=\"../tags/port-strike/index.html\""))
        #expect(try Fixture.read(site + "/briefings/t/index.html").contains("href=\"../../tags/economy/index.html\""))
    }

    @Test func frontMatterOverridesReplaceExtraction() async throws {
        let article = """
            ---
            title: Corrected
            date: 2020-03-01
            summary: ["An editor wrote this summary."]
            quotes:
              - text: "We will rebuild the bridge"
                speaker: Elena Ruiz
                cue: said
                paragraph: 0
            actors:
              - name: Elena Ruiz
                kind: person
                role: Mayor of Portville
            ---
            "We will rebuild the bridge," the mayor said. Other words follow here.
            """
        let briefing = try Fixture.briefing(article, path: "c.md")
        #expect(briefing.summary == ["An editor wrote this summary."])
        #expect(briefing.quotes == [Quote(text: "We will rebuild the bridge", speaker: "Elena Ruiz", cue: "said", paragraph: 0)])
        #expect(briefing.actors.map(\.role) == ["Mayor of Portville"])
        let site = try await build(["c.md": article])
        #expect(try Fixture.read(site + "/actors/elena-ruiz/index.html").contains("We will rebuild the bridge"))
    }

    @Test func aWrongOverrideNamesItsLine() throws {
        let article = "---\ntitle: T\nquotes:\n  - speaker: Nobody\n---\nBody.\n"
        let error = #expect(throws: Diagnostic.self) { try Fixture.article(article, path: "x.md") }
        #expect(error?.message == "missing field 'text'")
        #expect(error?.line == 4)
    }

    @Test func dataFilesBecomeBriefingsWithoutExtraction() async throws {
        let data = """
            {"title": "Wire digest", "date": "2020-04-02", "summary": ["Two ministers met."],
             "paragraphs": ["The ministers met in Oslo.", "They said little."],
             "quotes": [{"text": "Nothing to add", "speaker": "Kari Berg", "cue": "said", "paragraph": 1}],
             "timeline": [{"date": "2020-04-01", "event": "Ministers meet", "paragraph": 0}],
             "actors": [{"name": "Kari Berg", "kind": "person", "role": "minister", "aliases": [], "mentions": 1}]}
            """
        let site = try await build(["wire.json": data])
        let page = try Fixture.read(site + "/briefings/wire/index.html")
        #expect(page.contains("Nothing to add") && page.contains("Two ministers met."))
        #expect(page.contains("<p id=\"p-1\">They said little.</p>"))
        #expect(FileManager.default.fileExists(atPath: site + "/actors/kari-berg/index.html"))
    }

    @Test(arguments: [
        (#"{"title": "T", "date": "someday"}"#, 1, "'date' must be an ISO 8601 date"),
        ("title: T\nactors:\n  - name: X\n    kind: planet\n", 4, "'kind' must be person, organization or place"),
        ("title: T\ntimeline:\n  - event: E\n", 3, "missing field 'date'"),
        ("date: 2020-01-01\n", 1, "missing field 'title'"),
        (#"{"title": "T", "quotes": [{"text": 5, "paragraph": "x"}]}"#, 1, "'paragraph' must be a whole number"),
    ])
    func invalidDataNamesFileLineAndField(_ text: String, _ line: Int, _ message: String) {
        let error = #expect(throws: Diagnostic.self) { try DataFileReader(path: "content/d.yaml").read(bytes: Array(text.utf8)) }
        #expect(error?.path == "content/d.yaml")
        #expect(error?.line == line)
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func feedsAndSitemapNeedABaseURL() async throws {
        let relative = try await build(["a.txt": seed])
        #expect(!FileManager.default.fileExists(atPath: relative + "/feed.xml"))
        let site = try await build(["a.txt": seed], baseURL: "https://example.org/news/")
        let atom = try Data(contentsOf: URL(fileURLWithPath: site + "/feed.xml"))
        let parser = XMLParser(data: atom)
        #expect(parser.parse(), "feed.xml is well-formed XML")
        let atomText = String(decoding: atom, as: UTF8.self)
        #expect(atomText.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(atomText.contains("<id>https://example.org/news/briefings/a/</id>"))
        #expect(atomText.contains("<updated>2016-02-10T00:00:00Z</updated>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/feed.json"))) as? [String: Any])
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.first?["url"] as? String == "https://example.org/news/briefings/a/")
        let sitemap = try Fixture.read(site + "/sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/news/actors/maria-zakharova/</loc>"))
        #expect(try Fixture.read(site + "/robots.txt").contains("Sitemap: https://example.org/news/sitemap.xml"))
    }

    @Test func theSearchIndexIsAnInertScript() async throws {
        let hostile = "---\ntitle: \"</script><script>alert(1)</script>\"\ndate: 2020-01-01\n---\n\"<b>bold</b> claims here today,\" said Ann Lee.\n"
        let site = try await build(["h.txt": hostile])
        let index = try Fixture.read(site + "/search-index.js")
        #expect(index.hasPrefix("window.BRIEFING_SEARCH = {"))
        #expect(!index.contains("<"))
        let search = try Fixture.read(site + "/search/index.html")
        #expect(search.contains("src=\"../search-index.js\"") && search.contains("src=\"../assets/search.js\""))
        #expect(!search.contains("<script>"), "no inline script: the CSP forbids it")
    }

    @Test func linksAndAnchorsAreCheckedAtTheRootAndUnderASubPath() async throws {
        let articles = ["a.txt": seed, "b.md": "---\ntitle: B\ndate: 2020-01-01\ntags: [x]\n---\n\"A quote of some length here,\" said Ann Lee.\n"]
        let root = try await build(articles)
        let report = try SiteChecker(output: root, baseURL: nil).check()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.links > 500)
        let sub = try await build(articles, baseURL: "https://example.org/sub/path/")
        let subReport = try SiteChecker(output: sub, baseURL: "https://example.org/sub/path/").check()
        #expect(subReport.problems.isEmpty, "\(subReport.problems)")
    }

    @Test func theCheckerFindsBrokenLinksAndAnchors() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write("<a href=\"missing/index.html\">x</a>\n<a href=\"#nowhere\">y</a> <a href=\"ok.html#here\">z</a>", to: folder + "/index.html")
        try Fixture.write("<p id=\"here\">ok</p>", to: folder + "/ok.html")
        let report = try SiteChecker(output: folder, baseURL: nil).check()
        #expect(report.problems.count == 2)
        #expect(report.problems.first?.description.hasPrefix(folder + "/index.html:1:10: error: broken link") == true)
        #expect(report.problems.last?.message.contains("no id 'nowhere'") == true)
    }

    @Test func theSameInputGivesByteIdenticalOutput() async throws {
        let articles = ["a.txt": seed, "b.md": "---\ntitle: B\ndate: 2016-02-11\n---\n\"Talks were useful,\" Zakharova said on Thursday.\n"]
        let first = try await build(articles, baseURL: "https://example.org/")
        let second = try await build(articles, baseURL: "https://example.org/")
        let files = try LocalFileSystem().files(under: first)
        #expect(files == (try LocalFileSystem().files(under: second)))
        // The marker aside: it records the state of the input files on this disk (their stamps).
        for file in files where file != OutputWriter.marker {
            #expect(try LocalFileSystem().read(first + "/" + file) == (try LocalFileSystem().read(second + "/" + file)), "\(file)")
        }
    }

    @Test func initCarriesTheRepositoryTemplates() throws {
        let templates = Fixture.root.appendingPathComponent("Templates").path
        let files = try LocalFileSystem().files(under: templates)
        let embedded = DefaultSite.files.keys.filter { $0.hasPrefix("Templates/") }.map { String($0.dropFirst("Templates/".count)) }.sorted()
        #expect(embedded == files, "run `make templates` after changing Templates/")
        for file in files {
            #expect(DefaultSite.files["Templates/" + file] == (try Fixture.read(templates + "/" + file)), "\(file) differs: run `make templates`")
        }
    }

    @Test func initCreatesASiteThatBuilds() async throws {
        let folder = try Fixture.temporaryFolder() + "/new-site"
        let written = try SiteCreator(folder: folder).create()
        #expect(written.contains("content/_config.yaml"))
        let report = try await SiteBuilder(options: BuildOptions(root: folder)).build()
        #expect(report.articles == 1)
        #expect(throws: Diagnostic.self) { try SiteCreator(folder: folder).create() }
    }
}
