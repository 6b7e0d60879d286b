import BriefingKit
import BriefingServer
import Foundation
import Testing

/// `briefing serve` watching the site: rebuilds, live reload, build errors in the browser.
@Suite(.timeLimit(.minutes(5)))
struct ServeReloadTests {
    @Test func aReloadEventArrivesAfterAnArticleChangesAndThePageShowsTheNewText() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let mark = await preview.mark()
            let reload = try await RawHTTP.withEventStream(port: preview.port, "/__briefing/events") { reader in
                _ = try await reader.next("hello")
                let edited = TestSite.ferry.replacingOccurrences(of: "twenty new crew", with: "thirty new sailors")
                try TestSite.write(edited, to: preview.site + "/content/ferry.md")
                return try await reader.next("reload")
            }
            // The event comes once the files are written: the page already has the new text.
            let page = try await preview.get("/briefings/ferry/")
            #expect(page.status == 200)
            #expect(page.text.contains("thirty new sailors"))
            #expect(!page.text.contains("twenty new crew"))
            // And it carries the build the event named, so the reloaded page does not reload again.
            let build = try #require(reload.data.split(separator: "\"").dropLast().last)
            #expect(page.text.contains("data-build=\"\(build)\""))

            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.extracted == 1)
            #expect(summary.changed.count == 1 && summary.changed[0].hasSuffix("/content/ferry.md"))
        }
    }

    @Test func aTemplateChangeRendersAgainWithoutExtracting() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let mark = await preview.mark()
            let base = preview.site + "/Templates/base.mustache"
            try TestSite.write(try TestSite.read(base).replacingOccurrences(of: "</body>", with: "<p>template-marker</p>\n</body>"), to: base)
            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.extracted == 0)
            #expect(try await preview.get("/").text.contains("template-marker"))
            #expect(try await preview.get("/briefings/ferry/").text.contains("template-marker"))
        }
    }

    @Test func aDeletedArticleGoesWithEveryPageOnlyItMade() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            #expect(try await preview.get("/tags/harbour/").status == 200)
            let mark = await preview.mark()
            try FileManager.default.removeItem(atPath: preview.site + "/content/ferry.md")
            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.report.articles == 1)
            #expect(summary.extracted == 0)
            #expect(try await preview.get("/briefings/ferry/").status == 404)
            // Only the ferry story had this tag.
            #expect(try await preview.get("/tags/harbour/").status == 404)
            let home = try await preview.get("/")
            #expect(!home.text.contains("Ferry service"))
            #expect(home.text.contains("Harbour bridge reopens"))
        }
    }

    @Test func aBuildErrorShowsInTheBrowserAndFixingItRecovers() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let good = try await preview.get("/briefings/ferry/")
            let etag = try #require(good.header("etag"))
            let broken = preview.site + "/content/broken.md"
            try await RawHTTP.withEventStream(port: preview.port, "/__briefing/events") { reader in
                _ = try await reader.next("hello")
                try TestSite.write("---\ntitle: Broken\ndate: <b>soon</b>\n---\nText.\n", to: broken)
                _ = try await reader.next("reload")

                let page = try await preview.get("/briefings/ferry/")
                #expect(page.status == 500)
                #expect(page.header("content-type") == "text/html; charset=utf-8")
                #expect(page.text.contains("broken.md:3:7: error:"))
                #expect(page.text.contains("&lt;b&gt;soon&lt;/b&gt;"))
                #expect(!page.text.contains("<b>soon"))
                #expect(page.text.contains("<script src=\"/__briefing/reload.js\""))
                // A browser holding the good page is not told to keep it.
                #expect(try await preview.get("/briefings/ferry/", headers: ["If-None-Match": etag]).status == 500)
                // Stylesheets and scripts still come from the last good build.
                #expect(try await preview.get("/assets/style.css").status == 200)

                try FileManager.default.removeItem(atPath: broken)
                _ = try await reader.next("reload")
                let fixed = try await preview.get("/briefings/ferry/")
                #expect(fixed.status == 200)
                #expect(fixed.text.contains("Ferry service to resume in spring"))
            }
        }
    }

    @Test func aNewFolderOfArticlesIsWatchedToo() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            // The folder and the file may come as one change or two: wait for the page, not for a build.
            let story = preview.site + "/content/world/regatta.md"
            try TestSite.write("---\ntitle: Regatta returns\ndate: 2024-06-01\n---\nPORTVILLE, June 1. The regatta returned to the harbour.\n", to: story)
            _ = try await preview.waitForPage("/briefings/regatta/", containing: "The regatta returned")

            // A change inside the new folder is seen too: it is watched now.
            try TestSite.write("---\ntitle: Regatta returns\ndate: 2024-06-01\n---\nPORTVILLE, June 1. The regatta came back to the harbour.\n", to: story)
            _ = try await preview.waitForPage("/briefings/regatta/", containing: "The regatta came back")
        }
    }

    @Test func aBurstOfChangesMakesOneBuild() async throws {
        // A quiet period far longer than the burst, so the test does not depend on the machine's speed.
        try await RunningPreview.with(site: try TestSite.make(), configure: { $0.quietPeriod = .seconds(2); $0.maximumDelay = .seconds(20) }) { preview in
            let mark = await preview.mark()
            for n in 1...5 {
                try TestSite.write("---\ntitle: Notice \(n)\ndate: 2024-07-0\(n)\n---\nPORTVILLE. Harbour notice number \(n).\n", to: preview.site + "/content/notice-\(n).md")
            }
            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.changed.count == 5)
            #expect(summary.extracted == 5)
            #expect(await preview.builds(after: mark).count == 1)
            for n in 1...5 { #expect(try await preview.get("/briefings/notice-\(n)/").status == 200) }
        }
    }

    @Test func thePollingWatcherSeesChangesToo() async throws {
        try await RunningPreview.with(site: try TestSite.make(), polling: true) { preview in
            let watcher = try await preview.log.wait { event -> String? in
                if case .serving(_, _, let watcher) = event { return watcher }
                return nil
            }
            #expect(watcher.contains("polling"))
            let mark = await preview.mark()
            let edited = TestSite.bridge.replacingOccurrences(of: "checked twice", with: "checked three times")
            try TestSite.write(edited, to: preview.site + "/content/harbour-bridge.md")
            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.extracted == 1)
            #expect(try await preview.get("/briefings/harbour-bridge/").text.contains("checked three times"))
        }
    }

    @Test func editorScratchFilesDoNotRebuild() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let mark = await preview.mark()
            // Vim's swap file and backup, then a real save: one build, for the real file only.
            try TestSite.write("swap", to: preview.site + "/content/.ferry.md.swp")
            try TestSite.write("backup", to: preview.site + "/content/ferry.md~")
            try TestSite.write(TestSite.ferry + "\nA last line.\n", to: preview.site + "/content/ferry.md")
            let summary = try await preview.nextBuild(after: mark)
            #expect(summary.changed.map { ($0 as NSString).lastPathComponent } == ["ferry.md"])
        }
    }
}
