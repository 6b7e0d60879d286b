import Foundation

/// Ingest: reads article files from disk.
public struct ArticleLoader: Sendable {
    public init() {}

    /// Reads and parses one article; warnings come back with it, an unusable file throws its diagnostic.
    public func load(path: String, fileSystem: any FileSystem = LocalFileSystem()) throws(Diagnostic) -> (article: Article, diagnostics: [Diagnostic]) {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path)
        } catch {
            throw .error("cannot read file: \(error.localizedDescription)", step: "ingest", path: path)
        }
        let result = try ArticleReader(path: path).read(bytes: bytes)
        return (result.article, result.diagnostics)
    }

    /// Parses an article from bytes already in memory.
    public func parse(bytes: [UInt8], path: String) throws(Diagnostic) -> (article: Article, diagnostics: [Diagnostic]) {
        let result = try ArticleReader(path: path).read(bytes: bytes)
        return (result.article, result.diagnostics)
    }
}
