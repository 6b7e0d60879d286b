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

    /// A range read in place gives what a whole read and a slice give, and stops where the file ends.
    @Test func aRangeIsReadInPlaceAsAWholeReadWouldSliceIt() throws {
        struct WholeReads: FileSystem {
            let base = LocalFileSystem()
            func read(_ path: String) throws -> [UInt8] { try base.read(path) }
            func write(_ contents: [UInt8], to path: String) throws { try base.write(contents, to: path) }
            func createDirectory(_ path: String) throws { try base.createDirectory(path) }
            func files(under path: String) throws -> [String] { try base.files(under: path) }
            func exists(_ path: String) -> Bool { base.exists(path) }
            func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
            func move(_ from: String, to: String) throws { try base.move(from, to: to) }
            func remove(_ path: String) throws { try base.remove(path) }
        }
        let path = try Fixture.temporaryFolder() + "/data.json"
        try fs.write(Array("0123456789".utf8), to: path)
        for range in [2..<5, 0..<10, 8..<20, 12..<15, 4..<4, -3..<2] {
            let inPlace = try fs.read(path, range: range)
            #expect(inPlace == (try WholeReads().read(path, range: range)), "\(range)")
        }
        #expect(try fs.read(path, range: 8..<20) == Array("89".utf8))
        #expect(throws: (any Error).self) { try fs.read(path + ".missing", range: 0..<1) }
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
