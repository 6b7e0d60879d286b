import BriefingKit
import BriefingServer
import Foundation
import Testing

/// `briefing serve` over real HTTP on a free port of 127.0.0.1: what it serves and what it refuses.
@Suite(.timeLimit(.minutes(5)))
struct ServeHTTPTests {
    @Test func servesTheHomePageABriefingFolderAndANestedAsset() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let home = try await preview.get("/")
            #expect(home.status == 200)
            #expect(home.header("content-type") == "text/html; charset=utf-8")
            #expect(home.text.contains("Harbour bridge reopens after repairs"))

            let briefing = try await preview.get("/briefings/harbour-bridge/")
            #expect(briefing.status == 200)
            #expect(briefing.text.contains("Every bolt on this bridge has been checked twice"))

            let css = try await preview.get("/assets/style.css")
            #expect(css.status == 200)
            #expect(css.header("content-type") == "text/css; charset=utf-8")
            #expect(css.body == Array(try TestSite.read(preview.site + "/Templates/assets/style.css").utf8))

            let json = try await preview.get("/briefings/harbour-bridge/briefing.json")
            #expect(json.header("content-type") == "application/json; charset=utf-8")
            let markdown = try await preview.get("/briefings/harbour-bridge/index.md")
            #expect(markdown.header("content-type") == "text/markdown; charset=utf-8")
            #expect(try await preview.get("/assets/search.js").header("content-type") == "text/javascript; charset=utf-8")
        }
    }

    @Test func aFolderWithoutItsTrailingSlashIsRedirected() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let response = try await preview.get("/briefings/harbour-bridge?from=test")
            #expect(response.status == 301)
            #expect(response.header("location") == "/briefings/harbour-bridge/?from=test")
        }
    }

    @Test func anUnknownPathGetsThe404Page() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            for target in ["/no-such-page/", "/briefings/nothing-here/", "/missing.css"] {
                let response = try await preview.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(response.header("content-type") == "text/html; charset=utf-8")
                #expect(response.text.contains("Page not found"), "\(target)")
            }
            let head = try await RawHTTP.send(port: preview.port, "HEAD", "/no-such-page/")
            #expect(head.status == 404 && head.body.isEmpty)
        }
    }

    @Test func pathsThatClimbOutOfTheSiteAreRefused() async throws {
        let site = try TestSite.make()
        try TestSite.write("secret\n", to: site + "/secret.txt")
        try await RunningPreview.with(site: site) { preview in
            for target in ["/../x", "/%2e%2e/x", "/..%2fx", "/../secret.txt", "/%2E%2E/secret.txt", "/..%2Fsecret.txt", "/briefings/..%2f..%2fsecret.txt"] {
                let response = try await preview.get(target)
                #expect(response.status == 400, "\(target)")
                #expect(!response.text.contains("secret"), "\(target)")
            }
        }
    }

    @Test func aSymbolicLinkOutOfTheSiteIsRefused() async throws {
        let site = try TestSite.make()
        try TestSite.write("secret\n", to: site + "/secret.txt")
        try await RunningPreview.with(site: site) { preview in
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: site + "/public/leak.txt", withDestinationPath: site + "/secret.txt")
            try manager.createSymbolicLink(atPath: site + "/public/leak-folder", withDestinationPath: site)
            // A link that stays inside the site is fine.
            try manager.createSymbolicLink(atPath: site + "/public/theme.css", withDestinationPath: "assets/style.css")

            for target in ["/leak.txt", "/leak-folder/secret.txt", "/leak-folder/"] {
                let response = try await preview.get(target)
                #expect(response.status == 403, "\(target)")
                #expect(!response.text.contains("secret"), "\(target)")
            }
            let inside = try await preview.get("/theme.css")
            #expect(inside.status == 200)
            #expect(inside.header("content-type") == "text/css; charset=utf-8")
        }
    }

    @Test func headGivesTheHeadersOfGetWithoutTheBody() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            for target in ["/", "/briefings/ferry/", "/assets/style.css"] {
                let get = try await preview.get(target)
                let head = try await RawHTTP.send(port: preview.port, "HEAD", target)
                #expect(head.status == 200, "\(target)")
                #expect(head.body.isEmpty, "\(target)")
                #expect(head.header("content-length") == String(get.body.count), "\(target)")
                #expect(head.header("content-type") == get.header("content-type"), "\(target)")
                #expect(head.header("etag") != nil && head.header("etag") == get.header("etag"), "\(target)")
            }
        }
    }

    @Test func anUnchangedFileIsNotSentAgain() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let first = try await preview.get("/briefings/ferry/")
            let etag = try #require(first.header("etag"))
            #expect(first.header("cache-control") == "no-cache")
            let again = try await preview.get("/briefings/ferry/", headers: ["If-None-Match": etag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
        }
    }

    @Test func theSiteIsServedUnderTheBaseURLPath() async throws {
        try await RunningPreview.with(site: try TestSite.make(), baseURL: "https://example.org/news/") { preview in
            #expect(preview.url == "http://127.0.0.1:\(preview.port)/news/")

            let home = try await preview.get("/news/")
            #expect(home.status == 200)
            // Links keep the path and point at the preview, not at the published site.
            #expect(home.text.contains("href=\"http://127.0.0.1:\(preview.port)/news/briefings/harbour-bridge/\""))
            #expect(!home.text.contains("example.org"))
            #expect(home.text.contains("<script src=\"/news/__briefing/reload.js\""))

            #expect(try await preview.get("/news/briefings/ferry/").status == 200)
            #expect(try await preview.get("/news/assets/style.css").status == 200)
            let folder = try await preview.get("/news/briefings/ferry")
            #expect(folder.status == 301)
            #expect(folder.header("location") == "/news/briefings/ferry/")
            let root = try await preview.get("/")
            #expect(root.status == 302)
            #expect(root.header("location") == "/news/")
            #expect(try await preview.get("/briefings/ferry/").status == 404)
            #expect(try await preview.get("/news/..%2f..%2fx").status == 400)
            #expect(try await preview.get("/news/__briefing/reload.js").status == 200)

            let hello = try await RawHTTP.withEventStream(port: preview.port, "/news/__briefing/events") { reader in
                try await reader.next("hello")
            }
            #expect(hello.data.contains("\"build\""))
        }
    }

    @Test func theReloadScriptIsAFileAndOnlyServedPagesCarryIt() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let script = try await preview.get("/__briefing/reload.js")
            #expect(script.status == 200)
            #expect(script.header("content-type") == "text/javascript; charset=utf-8")
            #expect(script.text.contains("EventSource"))

            let page = try await preview.get("/briefings/harbour-bridge/")
            let tag = "<script src=\"/__briefing/reload.js\""
            #expect(page.text.components(separatedBy: tag).count == 2)
            // In the head, where the page's Content-Security-Policy lets a script from the same origin run.
            let tagIndex = try #require(page.text.range(of: tag)).lowerBound
            let headEnd = try #require(page.text.range(of: "</head>")).lowerBound
            #expect(tagIndex < headEnd)

            // The files on disk are what `briefing build` writes: no script in any of them.
            for file in try FileManager.default.subpathsOfDirectory(atPath: preview.site + "/public") where file.hasSuffix(".html") {
                #expect(!(try TestSite.read(preview.site + "/public/" + file)).contains("__briefing"), "\(file)")
            }
        }
    }

    @Test func aPortInUseGetsAClearMessage() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { first in
            let site = try TestSite.make()
            defer { try? FileManager.default.removeItem(atPath: site) }

            let options = PreviewOptions(build: BuildOptions(root: site), host: "127.0.0.1", port: first.port)
            let error = await #expect(throws: PreviewError.self) {
                try await PreviewServer(options: options).run { _ in }
            }
            guard case .portInUse(_, let port) = try #require(error) else {
                Issue.record("expected portInUse, got \(String(describing: error))")
                return
            }
            #expect(port == first.port)
            #expect(try #require(error).description.contains("--port"))
        }
    }
}

/// A plain build never carries anything of the preview.
@Suite struct PlainBuildTests {
    @Test func aBuildHasNoLiveReloadScript() async throws {
        let site = try TestSite.make()
        defer { try? FileManager.default.removeItem(atPath: site) }
        _ = try await SiteBuilder(options: BuildOptions(root: site)).build()
        for file in try FileManager.default.subpathsOfDirectory(atPath: site + "/public") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: site + "/public/" + file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(!(try TestSite.read(site + "/public/" + file)).contains("__briefing"), "\(file)")
        }
    }
}
