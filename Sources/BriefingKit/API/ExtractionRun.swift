/// `briefing extract`: many files read, extracted and formatted in parallel, results in input order.
public enum ExtractionRun {
    public struct Output: Sendable {
        public var path: String
        /// The formatted briefing, or nil when the file could not be read.
        public var text: String?
        public var diagnostics: [Diagnostic]
    }

    public static func run(
        _ paths: [String], fileSystem: any FileSystem = LocalFileSystem(), format: @escaping @Sendable (Briefing) -> String
    ) async -> [Output] {
        let extractor = Extractor()
        return await articles(paths, fileSystem: fileSystem).concurrentMap { path in
            do throws(Diagnostic) {
                let (article, diagnostics) = try ArticleLoader().load(path: path, fileSystem: fileSystem)
                return Output(path: path, text: format(extractor.extract(article)), diagnostics: diagnostics)
            } catch {
                return Output(path: path, text: nil, diagnostics: [error])
            }
        }
    }

    /// The files to extract: each path as given, a folder replaced by the articles under it in name order,
    /// as the content scanner finds them. Folders are the way to pass thousands of files, which a command
    /// line parses slowly and a shell may refuse.
    static func articles(_ paths: [String], fileSystem: any FileSystem) -> [String] {
        paths.flatMap { path -> [String] in
            guard fileSystem.isDirectory(path), let listing = try? ContentScanner(fileSystem: fileSystem).scan(path) else { return [path] }
            return listing.articles
        }
    }
}
