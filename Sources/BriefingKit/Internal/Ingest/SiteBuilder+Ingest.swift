extension SiteBuilder {
    /// What ingest found: articles to extract from, and briefings given as data.
    struct Inputs: Sendable {
        var articles: [Article]
        var data: [Briefing]
    }

    /// Reads every article and data file in parallel; collects all errors before failing, and refuses
    /// duplicate slugs.
    func ingest(_ diagnostics: inout [Diagnostic]) async throws(BuildFailure) -> Inputs {
        let listing: ContentScanner.Listing
        do {
            listing = try ContentScanner(fileSystem: fileSystem).scan(options.contentPath)
        } catch {
            throw BuildFailure(diagnostics + [error])
        }
        for path in listing.ignored {
            diagnostics.append(.warning("not an article (.txt, .md) or data file (.json, .yaml); ignored", step: "ingest", path: path))
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
        let dataResults: [Result<(briefing: Briefing, diagnostics: [Diagnostic]), Diagnostic>] = await listing.data.concurrentMap { path in
            do throws(Diagnostic) {
                let bytes: [UInt8]
                do {
                    bytes = try fileSystem.read(path)
                } catch {
                    throw .error("cannot read file: \(error.localizedDescription)", step: "ingest", path: path)
                }
                return .success(try DataFileReader(path: path).read(bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        var articles: [Article] = []
        var data: [Briefing] = []
        var errors: [Diagnostic] = []
        // Published data names the file as the site knows it ("content/a.txt"), not where the disk keeps it.
        let root = options.root == "." ? "" : (options.root.hasSuffix("/") ? options.root : options.root + "/")
        func siteRelative(_ path: String) -> String {
            !root.isEmpty && path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        }
        for result in dataResults {
            switch result {
            case .success(let read):
                diagnostics += read.diagnostics
                var briefing = read.briefing
                briefing.article.source = siteRelative(briefing.article.source)
                data.append(briefing)
            case .failure(let error):
                errors.append(error)
            }
        }
        for result in results {
            switch result {
            case .success(let read):
                diagnostics += read.diagnostics
                var article = read.article
                article.source = siteRelative(article.source)
                articles.append(article)
            case .failure(let error):
                errors.append(error)
            }
        }
        // Two articles cannot share a page: report both files.
        var bySlug: [String: String] = [:]
        for article in articles + data.map(\.article) {
            if let other = bySlug[article.slug] {
                errors.append(
                    .error("slug '\(article.slug)' is already used by \(other); set a different 'slug:' in the front matter", step: "ingest",
                        path: article.source.hasPrefix("/") ? article.source : root + article.source))
            } else {
                bySlug[article.slug] = article.source
            }
        }
        if !errors.isEmpty { throw BuildFailure(diagnostics + errors) }
        return Inputs(articles: articles, data: data)
    }
}
