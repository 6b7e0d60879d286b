import BriefingKit
import Foundation
import Testing

@testable import BriefingServer

/// The preview's parts on their own.
@Suite struct PreviewPartsTests {
    @Test func theBaseURLGivesThePrefixAndTheLocalAddress() {
        let none = PreviewAddress(baseURL: nil)
        #expect(none.prefix == "/" && !none.absolute && none.strippedPrefix == nil)
        #expect(none.buildBaseURL(host: "127.0.0.1", port: 8000) == "")
        #expect(none.url(host: "127.0.0.1", port: 8000) == "http://127.0.0.1:8000/")

        let news = PreviewAddress(baseURL: "https://example.org/news/")
        #expect(news.prefix == "/news/" && news.strippedPrefix == "/news")
        #expect(news.buildBaseURL(host: "127.0.0.1", port: 8001) == "http://127.0.0.1:8001/news/")
        #expect(PreviewAddress(baseURL: "https://example.org/").prefix == "/")
        #expect(PreviewAddress(baseURL: "https://example.org/a/b/").prefix == "/a/b/")

        #expect(PreviewAddress.urlHost("0.0.0.0") == "127.0.0.1")
        #expect(PreviewAddress.urlHost("::1") == "[::1]")
        #expect(PreviewAddress.urlHost("localhost") == "localhost")
    }

    @Test func editorsScratchFilesAndTheOutputAreNotWatched() {
        let targets = WatchTargets(options: BuildOptions(root: "/site"))
        #expect(targets.isRelevant("/site/content/a.md"))
        #expect(targets.isRelevant("/site/content/world/a.txt"))
        #expect(targets.isRelevant("/site/Templates/assets/style.css"))
        #expect(targets.isRelevant("/site/content/_config.yaml"))
        #expect(targets.isRelevant("/site/content"))
        for scratch in ["/site/content/.a.md.swp", "/site/content/a.md~", "/site/content/#a.md#", "/site/content/4913", "/site/content/.git/index",
                        "/site/public/index.html", "/site/README.md", "/site/.public-staging-1/index.html"] {
            #expect(!targets.isRelevant(scratch), "\(scratch)")
        }
        #expect(targets.parents == ["/site", "/site/content"])
    }

    @Test func eventsAreWrittenInTheEventStreamFormat() {
        #expect(ServerSentEvent.reload(buildID: "x.2").text == "event: reload\ndata: {\"build\":\"x.2\"}\n\n")
        #expect(ServerSentEvent(event: nil, data: "a\nb").text == "data: a\ndata: b\n\n")
    }

    @Test func theErrorPageEscapesWhatTheDiagnosticsQuote() {
        let failure = BuildFailure([
            .error("found '<script>alert(1)</script>' & more", step: "ingest", path: "content/a&b.md", line: 3, column: 7),
            .warning("a warning", step: "ingest", path: "content/c.md"),
        ])
        let html = StatusPage.buildFailed(failure, reloadTag: "<script src=\"/__briefing/reload.js\" defer></script>")
        #expect(html.contains("content/a&amp;b.md:3:7: error: found &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; more"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("1 error"))
        #expect(html.contains("content/c.md: warning: a warning"))
        #expect(html.contains("<script src=\"/__briefing/reload.js\" defer></script>"))
    }

    @Test func theScriptGoesAtTheEndOfTheHeadOrElseOfTheBody() throws {
        let folder = NSTemporaryDirectory() + "briefing-parts-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases = [
            ("<html><HEAD><title>t</title></HEAD><body>x</body></html>", "<html><HEAD><title>t</title>TAG</HEAD><body>x</body></html>"),
            ("<p>no head</p></body>", "<p>no head</p>TAG</body>"),
            ("just text", "just textTAG"),
        ]
        for (page, expected) in cases {
            let path = folder + "/page.html"
            try Data(page.utf8).write(to: URL(fileURLWithPath: path))
            #expect(String(decoding: try SiteFileProvider.page(at: path, inserting: Array("TAG".utf8)), as: UTF8.self) == expected)
        }
    }
}
