/// `briefing extract`: many files read, extracted and formatted in parallel, results in input order.
public enum ExtractionRun {
    public struct Output: Sendable {
        public var path: String
        /// The formatted briefing, or nil when the file could not be read.
        public var text: String?
        public var diagnostics: [Diagnostic]
    }

    /// Extracts every file, and every article under every folder, in the order given (a folder's
    /// articles in name order); each result is formatted by `format`. A file that cannot be read, or a
    /// folder that cannot be listed or holds no article, gives an output with no text and its error.
    public static func run(
        _ paths: [String], fileSystem: any FileSystem = LocalFileSystem(), format: @escaping @Sendable (Briefing) -> String
    ) async -> [Output] {
        let extractor = Extractor()
        return await articles(paths, fileSystem: fileSystem).concurrentMap(scratch: { Extractor.Scratch() }) { scratch, item in
            switch item {
            case .failure(let error):
                return Output(path: error.path ?? "", text: nil, diagnostics: [error])
            case .success(let path):
                do throws(Diagnostic) {
                    let (article, diagnostics) = try ArticleLoader().load(path: path, fileSystem: fileSystem)
                    return Output(path: path, text: format(extractor.extract(article, scratch: &scratch)), diagnostics: diagnostics)
                } catch {
                    return Output(path: path, text: nil, diagnostics: [error])
                }
            }
        }
    }

    /// The files to extract: each path as given, a folder replaced by the articles under it in name order,
    /// as the content scanner finds them. Folders are the way to pass thousands of files, which a command
    /// line parses slowly and a shell may refuse.
    static func articles(_ paths: [String], fileSystem: any FileSystem) -> [Result<String, Diagnostic>] {
        paths.flatMap { path -> [Result<String, Diagnostic>] in
            guard fileSystem.isDirectory(path) else { return [.success(path)] }
            do throws(Diagnostic) {
                let articles = try ContentScanner(fileSystem: fileSystem).scan(path).articles
                guard !articles.isEmpty else { return [.failure(.error("no articles (.txt, .md) in this folder", step: "ingest", path: path))] }
                return articles.map { .success($0) }
            } catch {
                return [.failure(error)]
            }
        }
    }
}
