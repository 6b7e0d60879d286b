import Foundation
import Testing

@testable import BriefingKit

/// The local file system as the build uses it: folders made with their parents, files written whole or
/// in pieces.
@Suite struct FileSystemTests {
    let fs = LocalFileSystem()

    @Test func foldersAreMadeWithTheirParentsAndTwiceIsFine() throws {
        let root = try Fixture.temporaryFolder()
        try fs.createDirectory(root + "/a/b/c")
        #expect(fs.isDirectory(root + "/a/b/c"))
        try fs.createDirectory(root + "/a/b/c")
        try fs.createDirectory(root + "/a/b/d/")
        #expect(fs.isDirectory(root + "/a/b/d"))
        try fs.write(Array("x".utf8), to: root + "/file")
        #expect(throws: (any Error).self) { try fs.createDirectory(root + "/file") }
        #expect(throws: (any Error).self) { try fs.createDirectory(root + "/file/below") }
    }

    @Test func appendingAddsToTheEnd() throws {
        let path = try Fixture.temporaryFolder() + "/data.json"
        try fs.write(Array("[".utf8), to: path)
        try fs.append(Array("1,".utf8), to: path)
        try fs.append(Array("2]".utf8), to: path)
        #expect(try fs.read(path) == Array("[1,2]".utf8))
    }

    @Test func removingAFolderTakesEverythingInItButNotWhatLinksPointTo() throws {
        let root = try Fixture.temporaryFolder()
        let outside = root + "/outside"
        try fs.createDirectory(outside)
        try fs.write(Array("keep".utf8), to: outside + "/kept.txt")
        for n in 0..<50 {
            try fs.createDirectory(root + "/site/sub\(n % 5)/deeper")
            try fs.write([UInt8(n)], to: root + "/site/sub\(n % 5)/deeper/f\(n).html")
        }
        try fs.write([], to: root + "/site/top.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/site/link", withDestinationPath: outside)
        try fs.remove(root + "/site")
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
        #expect(try fs.read(outside + "/kept.txt") == Array("keep".utf8))
        try fs.remove(outside + "/kept.txt")
        #expect(!FileManager.default.fileExists(atPath: outside + "/kept.txt"))
        #expect(throws: (any Error).self) { try fs.remove(root + "/never") }
    }
}
