import Foundation
import Testing

import BriefingKit

/// Runs the built `briefing` executable the way a user does.
@Suite struct CommandLineTests {
    static var binary: String? {
        var candidates: [String] = []
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(testBinary.appendingPathComponent("briefing").path)
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("briefing").path)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("briefing").path)
        candidates.append(Fixture.root.appendingPathComponent(".build/debug/briefing").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: String? = nil) throws -> Run {
        let binary = try #require(Self.binary, "build the executable first: swift build")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildInASiteFolderWritesPublic() throws {
        let folder = try Fixture.site(articles: ["zakharova-syria.txt": try Fixture.read(Fixture.seedPath)])
        let result = try run(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 1 briefings"))
        let page = try Fixture.read(folder + "/public/briefings/zakharova-syria/index.html")
        #expect(page.contains("Maria Zakharova"))
        let markdown = try Fixture.read(folder + "/public/briefings/zakharova-syria/index.md")
        #expect(markdown.contains("## Timeline"))
    }

    @Test func extractPrintsOneContractObjectPerFile() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write("---\ntitle: Second\ndate: 2020-03-04\n---\n\"We are ready,\" said Mayor Anna Berg on Monday.\n", to: folder + "/b.txt")
        let result = try run(["extract", "--json", Fixture.seedPath, folder + "/b.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["source"] as? String == Fixture.seedPath)
        #expect(first["date"] as? String == "2016-02-10")
        #expect(first["place"] as? String == "Moscow")
        for key in ["title", "summary", "quotes", "dates", "timeline", "actors"] { #expect(first[key] != nil, "\(key)") }
        let quotes = try #require(first["quotes"] as? [[String: Any]])
        #expect(quotes.allSatisfy { $0["speaker"] as? String == "Maria Zakharova" && $0["paragraph"] is Int })
        let actors = try #require(first["actors"] as? [[String: Any]])
        #expect(actors.first?["kind"] as? String == "person")
        #expect(actors.first?["aliases"] is [String])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["place"] is NSNull)
        #expect((second["quotes"] as? [[String: Any]])?.first?["speaker"] as? String == "Anna Berg")
    }

    @Test func extractTakesAFolderAsItsArticlesInNameOrder() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write("\"We are ready,\" said Mayor Anna Berg on Monday.\n", to: folder + "/news/b.txt")
        try Fixture.write("# First\n\nThe council met on 4 March 2020.\n", to: folder + "/news/a/first.md")
        try Fixture.write("A draft.\n", to: folder + "/news/_drafts/c.txt")
        try Fixture.write("{}\n", to: folder + "/news/notes.json")
        try Fixture.write("Loose text.\n", to: folder + "/loose.txt")
        let result = try run(["extract", "--json", folder + "/news", folder + "/loose.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let sources = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["source"] as? String
        }
        #expect(sources == [folder + "/news/a/first.md", folder + "/news/b.txt", folder + "/loose.txt"])

        // A folder with no article in it is an error, not silence.
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        let empty = try run(["extract", "--json", folder + "/empty"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains(folder + "/empty: error: no articles (.txt, .md) in this folder"), "\(empty.stderr)")
    }

    @Test func aFailedBuildPrintsCompilerStyleErrorsAndExitsOne() throws {
        let folder = try Fixture.site(articles: ["bad.txt": "---\ndate: someday\n---\nText."])
        let result = try run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/bad.txt:2:7: error: 'date' must be written YYYY-MM-DD"))
    }

    @Test func badArgumentsExitWithUsageStatus() throws {
        let result = try run(["build", "--no-such-flag"])
        #expect(result.status == 64)
    }
}

/// A build killed half-way leaves yesterday's site exactly as it was.
@Suite struct InterruptedBuildTests {
    @Test func killNineMidBuildLosesNothing() async throws {
        guard let binary = CommandLineTests.binary else { Issue.record("build the executable first"); return }
        var articles: [String: String] = [:]
        for n in 0..<400 {
            articles["a\(n).txt"] = "Story \(n)\n\nMOSCOW, February 10. “Talks number \(n) will go on,” said Minister Anna Berg on Monday.\n"
        }
        let folder = try Fixture.site(articles: articles)
        _ = try await SiteBuilder(options: BuildOptions(root: folder)).build()
        let files = try LocalFileSystem().files(under: folder + "/public")
        var before: [String: [UInt8]] = [:]
        for file in files { before[file] = try LocalFileSystem().read(folder + "/public/" + file) }

        try Fixture.write("Changed\n\nSomething else entirely.\n", to: folder + "/content/a1.txt")
        for delay in [50_000, 200_000, 400_000] as [UInt32] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["build"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try LocalFileSystem().files(under: folder + "/public")
            // Either the old site, whole, or the new one, whole: never a mixture or nothing.
            if after == files, try LocalFileSystem().read(folder + "/public/briefings/a1/index.html") == before["briefings/a1/index.html"] {
                for file in files { #expect(try LocalFileSystem().read(folder + "/public/" + file) == before[file], "\(file)") }
            } else {
                #expect(try Fixture.read(folder + "/public/briefings/a1/index.html").contains("Something else entirely"))
            }
        }
        // The next build clears away what the killed ones left half-written beside the output.
        _ = try await SiteBuilder(options: BuildOptions(root: folder, force: true)).build()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".public-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
