import Foundation
import Testing

@testable import BriefingKit

@Suite struct MarkdownTests {
    /// The seed's briefing page, compared byte for byte. Set BRIEFING_UPDATE_GOLDEN=1 to rewrite it after
    /// an intended change, and review the diff.
    @Test func seedBriefingMatchesTheGoldenFile() throws {
        let markdown = MarkdownWriter().write(try Fixture.seedBriefing())
        let golden = Fixture.root.appendingPathComponent("Tests/BriefingKitTests/Golden/zakharova-syria.md")
        if ProcessInfo.processInfo.environment["BRIEFING_UPDATE_GOLDEN"] == "1" {
            try Data(markdown.utf8).write(to: golden)
        }
        let expected = try Fixture.read(golden.path)
        #expect(markdown == expected)
    }

    @Test func pageHasTheFiveSectionsInOrder() throws {
        let markdown = MarkdownWriter().write(try Fixture.seedBriefing())
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Summary", "## Quotes", "## Timeline", "## Actors", "## Source"])
        #expect(markdown.hasPrefix("---\ntitle: \"Zakharova: USA shying away"))
        #expect(markdown.contains("> — **Maria Zakharova**, _emphasized_ ([¶3](#p-2))"))
        #expect(markdown.contains("| 2016-02-11 | At the meeting of the International support group Syria (MGPS) in Munich | [¶10](#p-9) |"))
    }

    @Test func articleTextCannotBecomeMarkup() {
        #expect(MarkdownWriter.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownWriter.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownWriter.escape("- not a list") == "\\- not a list")
        #expect(MarkdownWriter.escape("1. not a list") == "1\\. not a list")
        #expect(MarkdownWriter.escape("a | b") == "a \\| b")
        #expect(MarkdownWriter.escape("[link](javascript:alert(1))") == "\\[link\\](javascript:alert(1))")
    }

    @Test func hostileArticleRendersInert() throws {
        let briefing = try Fixture.briefing("---\ntitle: \"<img src=x onerror=alert(1)>\"\n---\n<script>alert('x')</script> said [click](javascript:alert(1)) **now**.\n\n| a | b |\n")
        let html = CmarkRenderer().render(MarkdownWriter().body(briefing)).map(\.html).joined()
        #expect(!html.contains("<script"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("&lt;script&gt;"))
    }
}

@Suite struct CmarkRendererTests {
    let renderer = CmarkRenderer()

    @Test func rendersGitHubFlavouredTables() {
        let blocks = renderer.render("| Date | Event |\n|---|---|\n| 2016-02-11 | Talks |\n")
        #expect(blocks.count == 1)
        #expect(blocks[0].html.contains("<table>"))
        #expect(blocks[0].html.contains("<td>2016-02-11</td>"))
    }

    @Test func strikethroughAndAutolinks() {
        let html = renderer.render("~~old~~ see https://example.org").map(\.html).joined()
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
    }

    @Test func rawHTMLIsNeverPassedThrough() {
        let html = renderer.render("<script>alert(1)</script>\n\nText <b onclick=x>bold</b>\n\n[x](javascript:alert(1))").map(\.html).joined()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
    }

    @Test func splitsTopLevelBlocksAndReadsHeadings() {
        let blocks = renderer.render("## Summary\n\nOne.\n\n## Source\n\n### Sub *head*\n\nTwo.\n")
        #expect(blocks.map(\.headingLevel) == [2, nil, 2, 3, nil])
        #expect(blocks.map(\.headingText) == ["Summary", nil, "Source", "Sub head", nil])
    }

    @Test func sourceParagraphsGetStableAnchors() {
        let blocks = renderer.render("## Source\n\n_Moscow_\n\nFirst.\n\n### Heading\n\nSecond.\n")
        let sections = SiteAssembler.sections(blocks, sourceParagraphs: 3)
        #expect(sections["Source"] == "<p><em>Moscow</em></p>\n<p id=\"p-0\">First.</p>\n<h3 id=\"p-1\">Heading</h3>\n<p id=\"p-2\">Second.</p>\n")
    }
}

@Suite struct SiteURLTests {
    @Test func relativeLinksNameIndexFilesSoTheSiteWorksFromDisk() {
        let url = SiteURL(base: nil)
        #expect(url.href("", from: "index.html") == "index.html")
        #expect(url.href("assets/style.css", from: "briefings/x/index.html") == "../../assets/style.css")
        #expect(url.href("briefings/y/", from: "page/2/index.html") == "../../briefings/y/index.html")
        #expect(url.href("", from: "briefings/x/index.html") == "../../index.html")
    }

    @Test func aBaseURLWithAPathPrefixesEveryLink() {
        let url = SiteURL(base: "https://example.org/sub/path/")
        #expect(url.href("", from: "briefings/x/index.html") == "https://example.org/sub/path/")
        #expect(url.href("briefings/y/", from: "index.html") == "https://example.org/sub/path/briefings/y/")
        #expect(url.absolute("feed.xml") == "https://example.org/sub/path/feed.xml")
    }

    @Test func baseURLsAreValidatedAndNormalized() {
        #expect(SiteConfig.normalizeBaseURL("https://example.org/sub") == "https://example.org/sub/")
        #expect(SiteConfig.normalizeBaseURL("ftp://example.org/") == nil)
        #expect(SiteConfig.normalizeBaseURL("example.org") == nil)
        #expect(SiteConfig.normalizeBaseURL("javascript:alert(1)") == nil)
    }
}
