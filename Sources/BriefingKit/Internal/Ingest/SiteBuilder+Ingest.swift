extension SiteBuilder {
    /// Reads every article in parallel; collects all errors before failing, and refuses duplicate slugs.
    func ingest(_ diagnostics: inout [Diagnostic]) async throws(BuildFailure) -> [Article] {
        let listing: ContentScanner.Listing
        do {
            listing = try ContentScanner(fileSystem: fileSystem).scan(options.contentPath)
        } catch {
            throw BuildFailure(diagnostics + [error])
        }
        for path in listing.ignored {
            diagnostics.append(.warning("not an article (.txt or .md); ignored", step: "ingest", path: path))
        }
        let fileSystem = self.fileSystem
        let results: [Result<ArticleReader.Result, Diagnostic>] = await listing.articles.concurrentMap { path in
            do throws(Diagnostic) {
                let bytes: [UInt8]
                do {
                    bytes = try fileSystem.read(path)
                } catch {
                    throw .error("cannot read file: \(error.localizedDescription)", step: "ingest", path: path)
                }
                return .success(try ArticleReader(path: path).read(bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        var articles: [Article] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let read):
                diagnostics += read.diagnostics
                articles.append(read.article)
            case .failure(let error):
                errors.append(error)
            }
        }
        // Two articles cannot share a page: report both files.
        var bySlug: [String: String] = [:]
        for article in articles {
            if let other = bySlug[article.slug] {
                errors.append(
                    .error("slug '\(article.slug)' is already used by \(other); set a different 'slug:' in the front matter", step: "ingest", path: article.source))
            } else {
                bySlug[article.slug] = article.source
            }
        }
        if !errors.isEmpty { throw BuildFailure(diagnostics + errors) }
        return articles
    }
}
