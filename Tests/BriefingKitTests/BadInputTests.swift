import Foundation
import Testing

@testable import BriefingKit

/// Text Briefing did not write: every file gets an article or a precise error, never a crash.
@Suite struct BadInputTests {
    func briefing(_ text: String, path: String = "bad.txt") throws -> Briefing {
        Extractor().extract(try ArticleReader(path: path).read(bytes: Array(text.utf8)).article)
    }

    @Test func anEmptyFileIsAnArticleWithoutText() throws {
        let result = try ArticleReader(path: "empty.txt").read(bytes: [])
        #expect(result.article.paragraphs.isEmpty)
        #expect(result.diagnostics.contains { $0.message == "the article has no body text" })
        #expect(Extractor().extract(result.article).quotes.isEmpty)
    }

    @Test func anArticleThatIsOnlyATitle() throws {
        let b = try briefing("Only a headline here")
        #expect(b.article.title == "Only a headline here")
        #expect(b.article.paragraphs.isEmpty && b.summary.isEmpty)
    }

    @Test(arguments: [
        "“Unbalanced quote runs on and on, she said.\n\n“Another” opens” and ” closes « mixed » marks \" here",
        "no punctuation at all just words running on and on without any end mr smith said nothing",
        "\"\"\"\"\"\" ''''' ”“”“ «» ‹› ––– ... !!! ???",
        "مرحبا بالعالم. قال الوزير “هذا يوم جيد” يوم الاثنين.",
        "東京で会議が開かれた。「これは良い日だ」と大臣は述べた。",
        "Line one\r\nLine two\r\n\r\nLine three\r",
        String(repeating: "“", count: 5000) + String(repeating: "word ", count: 2000),
        String(repeating: "A. ", count: 1000),
        // Shapes that once made work grow with the square of the length: a list of initials read as one
        // name, and a thousand dates in one sentence.
        String(repeating: "A. ", count: 10000),
        String(repeating: "January 1 ", count: 5000),
        String(repeating: "Mr. Smith ", count: 5000),
    ])
    func awkwardTextExtractsWithoutCrashing(_ text: String) throws {
        let b = try briefing("---\ndate: 2016-02-10\n---\n" + text)
        for quote in b.quotes { #expect(quote.paragraph < b.article.paragraphs.count) }
        #expect(!b.contractJSON().isEmpty)
        let html = CmarkRenderer().render(MarkdownWriter().body(b)).map(\.html).joined()
        #expect(!html.isEmpty)
    }

    @Test func aTwentyMegabyteArticleIsReadUpToItsLimitWithAWarning() throws {
        let paragraph = "Minister Anna Berg said on Monday that “the plan will work,” officials in Oslo reported.\n\n"
        let text = "---\ndate: 2016-02-10\n---\nTitle\n\n" + String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count + 1)
        #expect(text.utf8.count > 20_000_000)
        let result = try ArticleReader(path: "big.txt").read(bytes: Array(text.utf8))
        let warning = try #require(result.diagnostics.first { $0.message.hasPrefix("the article body is") })
        #expect(warning.message.contains("19.1 MB") && warning.message.contains("1.0 MB"))
        #expect(warning.line > 10_000)
        let paragraphs = result.article.paragraphs
        // Cut at a paragraph break: every paragraph read is whole.
        #expect(paragraphs.count > 5000)
        #expect(paragraphs.allSatisfy { $0.text.hasSuffix("reported.") })
        let b = Extractor().extract(result.article)
        #expect(b.quotes.count == paragraphs.count)
    }

    @Test func aLongArticleWithinTheLimitIsReadWhole() throws {
        var text = "---\ndate: 2016-02-10\n---\nTitle\n\n"
        var n = 0
        while text.utf8.count < 1_000_000 {
            n += 1
            text += "Minister Anna Berg\(n % 50) said on Monday that “the plan \(n) will work,” officials in Oslo reported.\n\n"
        }
        let result = try ArticleReader(path: "long.txt").read(bytes: Array(text.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.article.paragraphs.count == n)
    }
}

/// Hostile content comes out inert in every page, feed and data file.
@Suite struct HostileContentTests {
    @Test func scriptsAndHandlersAreEscapedEverywhere() async throws {
        let hostile = """
            ---
            title: "<script>alert('t')</script><img src=x onerror=alert(1)>"
            date: 2020-01-01
            source: "<b onmouseover=alert(2)>Outlet</b>"
            url: "javascript:alert(3)"
            tags: ["<script>tag</script>"]
            ---
            "<script>alert(4)</script> is what <b>Mayor Ann Lee</b> wrote," said Ann Lee. [x](javascript:alert(5)) <iframe src=evil>

            "<img src=y onerror=alert(6)> is another quote of hers," she added on 3 January.
            """
        let folder = try Fixture.site(articles: ["hostile.txt": hostile])
        _ = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: "https://example.org/")).build()
        let site = folder + "/public"
        // Markdown files are the briefing's source, for tools; their text is escaped Markdown, their front matter data.
        for file in try LocalFileSystem().files(under: site) where !file.hasPrefix("assets/") && !file.hasSuffix(".md") {
            let text = try Fixture.read(site + "/" + file)
            #expect(!text.contains("<script>alert"), "\(file)")
            #expect(!text.contains("<img src=x"), "\(file)")
            #expect(!text.contains("<iframe"), "\(file)")
            #expect(!text.contains("<b onmouseover"), "\(file)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(file)")
            if file.hasSuffix(".html") {
                // The only scripts are the site's own files.
                for tag in text.components(separatedBy: "<script").dropFirst() {
                    #expect(tag.hasPrefix(" src=\""), "\(file): inline script")
                }
                #expect(text.contains("Content-Security-Policy"), "\(file)")
            }
        }
        #expect(try Fixture.read(site + "/briefings/hostile/index.html").contains("&lt;script&gt;"))
    }
}
