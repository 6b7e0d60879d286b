/// `briefing extract`: many files read, extracted and formatted in parallel, results in input order.
public enum ExtractionRun {
    public struct Output: Sendable {
        public var path: String
        /// The formatted briefing, or nil when the file could not be read.
        public var text: String?
        public var diagnostics: [Diagnostic]
    }

    public static func run(_ paths: [String], format: @escaping @Sendable (Briefing) -> String) async -> [Output] {
        let extractor = Extractor()
        return await paths.concurrentMap { path in
            do throws(Diagnostic) {
                let (article, diagnostics) = try ArticleLoader().load(path: path)
                return Output(path: path, text: format(extractor.extract(article)), diagnostics: diagnostics)
            } catch {
                return Output(path: path, text: nil, diagnostics: [error])
            }
        }
    }
}
