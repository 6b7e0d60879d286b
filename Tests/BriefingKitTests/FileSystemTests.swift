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
}
