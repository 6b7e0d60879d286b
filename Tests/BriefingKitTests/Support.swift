import Foundation

@testable import BriefingKit

/// Paths and helpers shared by the tests.
enum Fixture {
    /// The package root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedPath: String { root.appendingPathComponent("content/zakharova-syria.txt").path }

    static func article(_ text: String, path: String = "test.txt") throws -> Article {
        try ArticleReader(path: path).read(bytes: Array(text.utf8)).article
    }

    static func briefing(_ text: String, path: String = "test.txt") throws -> Briefing {
        Extractor().extract(try article(text, path: path))
    }

    static func seedBriefing() throws -> Briefing {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: seedPath)))
        let article = try ArticleReader(path: "content/zakharova-syria.txt").read(bytes: bytes).article
        return Extractor().extract(article)
    }

    /// The folder of this test run's temporary folders, removed when the run ends.
    static let runFolder: String = {
        let path = NSTemporaryDirectory() + "briefing-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: path)
        atexit { try? FileManager.default.removeItem(atPath: Fixture.runFolder) }
        return path
    }()

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let path = runFolder + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// A site folder with the repository's templates and config and the given articles.
    static func site(articles: [String: String]) throws -> String {
        let folder = try temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(atPath: root.appendingPathComponent("Templates").path, toPath: folder + "/Templates")
        try fm.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        for (name, text) in articles { try write(text, to: folder + "/content/" + name) }
        return folder
    }
}
