import Foundation

extension SiteBuilder {
    /// One input file after ingest: already a briefing (data, unchanged since the cached build, or, in a
    /// one-off build, extracted as it was read), or an article still to extract.
    enum Ingested: Sendable {
        case ready(Briefing, [Diagnostic], Digest, ArticleOrigin)
        case article(Article, [Diagnostic], ExtractionCache.Fingerprint, path: String, stamp: FileStamp?)
    }

    /// A briefing with the digest of its binary form and the file it was made from.
    struct Extracted: Sendable {
        var briefing: Briefing
        var digest: Digest
        var origin: ArticleOrigin
    }

    /// Ingest: lists the content folder and reads every file in parallel, from the cache when its bytes
    /// have not changed. All errors are collected before failing.
    ///
    /// A one-off build extracts each article as soon as it is read. When the content is larger than
    /// the options' `textBudget`, it keeps each briefing without the paragraphs' text (`ArticleTexts` reads it again
    /// for the briefing's own pages): the text of a large archive is then never in memory all at once,
    /// while a smaller site is not read twice. A rebuilding caller keeps whole briefings, which its
    /// page memo compares.
    func ingest(_ diagnostics: inout [Diagnostic], cache: ExtractionCache) async throws(BuildFailure) -> [Ingested] {
        let listing: ContentScanner.Listing
        do {
            listing = try ContentScanner(fileSystem: fileSystem).scan(options.contentPath)
        } catch {
            throw BuildFailure(diagnostics + [error])
        }
        for path in listing.ignored {
            diagnostics.append(.warning("not an article (.txt, .md) or data file (.json, .yaml); ignored", step: "ingest", path: path))
        }
        cache.retain(only: Set(listing.articles + listing.data))
        let fileSystem = self.fileSystem
        let site = siteRelative
        let dataPaths = Set(listing.data)
        let extractor = rebuilds ? nil : Extractor()
        let paths = listing.articles + listing.data
        // Taken before any read, on every core: a write during a read changes the stamp, and the next
        // build reads the file again. The sizes they give decide whether text is kept.
        let stamps = await paths.concurrentMap(jobs: options.jobs) { fileSystem.stamp($0) }
        let slims = extractor != nil && Self.exceeds(options.textBudget, stamps)
        let results: [Result<Ingested, Diagnostic>] = await Array(paths.indices).concurrentMap(jobs: options.jobs) { index in
            let path = paths[index]
            do throws(Diagnostic) {
                let isData = dataPaths.contains(path)
                func ready(_ entry: ExtractionCache.Entry) -> Ingested {
                    .ready(entry.briefing, entry.diagnostics, entry.digest, ArticleOrigin(path: path, fingerprint: entry.fingerprint, isData: isData))
                }
                let stamp = stamps[index]
                if let stamp, let entry = cache.lookup(path, stamp) { return .success(ready(entry)) }
                let bytes: [UInt8]
                do {
                    bytes = try fileSystem.read(path)
                } catch {
                    throw .error("cannot read file: \(error.localizedDescription)", step: "ingest", path: path)
                }
                let fingerprint = ExtractionCache.Fingerprint(bytes)
                if var entry = cache.lookup(path, fingerprint) {
                    entry.stamp = stamp
                    cache.store(path, entry)
                    return .success(ready(entry))
                }
                var briefing: Briefing
                let warnings: [Diagnostic]
                if isData {
                    (briefing, warnings) = try DataFileReader(path: path).read(bytes: bytes)
                    briefing.article.source = site(briefing.article.source)
                } else {
                    var read = try ArticleReader(path: path).read(bytes: bytes)
                    read.article.source = site(read.article.source)
                    guard let extractor else {
                        return .success(.article(read.article, read.diagnostics, fingerprint, path: path, stamp: stamp))
                    }
                    (briefing, warnings) = (extractor.extract(read.article), read.diagnostics)
                }
                // The digest is of the whole briefing, whether or not its text is kept.
                var entry = ExtractionCache.Entry(fingerprint: fingerprint, briefing: briefing, diagnostics: warnings, stamp: stamp)
                if slims { entry.briefing = briefing.droppingParagraphs() }
                cache.store(path, entry)
                return .success(ready(entry))
            } catch {
                return .failure(error)
            }
        }
        var ingested: [Ingested] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let item): ingested.append(item)
            case .failure(let error): errors.append(error)
            }
        }
        if !errors.isEmpty { throw BuildFailure(diagnostics + errors) }
        return ingested
    }

    /// Whether the files together are larger than `budget`, by the sizes the disk gives: about 30,000
    /// articles of news length for the default budget, a few hundred megabytes once read.
    static func exceeds(_ budget: Int64, _ stamps: [FileStamp?]) -> Bool {
        var total: Int64 = 0
        for stamp in stamps {
            total += stamp?.size ?? 0
            if total > budget { return true }
        }
        return false
    }

    /// Extract: turns the articles ingest left unextracted (a rebuilding caller's) into briefings, in
    /// parallel, and remembers them; checks that no two share a slug. Each briefing comes with the
    /// digest of its binary form and its file.
    func extract(_ ingested: [Ingested], _ diagnostics: inout [Diagnostic], cache: ExtractionCache) async throws(BuildFailure) -> [Extracted] {
        let extractor = Extractor()
        let done: [(Extracted, [Diagnostic])] = await ingested.concurrentMap(jobs: options.jobs, scratch: { Extractor.Scratch() }) { scratch, item in
            switch item {
            case .ready(let briefing, let warnings, let digest, let origin):
                return (Extracted(briefing: briefing, digest: digest, origin: origin), warnings)
            case .article(let article, let warnings, let fingerprint, let path, let stamp):
                let entry = ExtractionCache.Entry(fingerprint: fingerprint, briefing: extractor.extract(article, scratch: &scratch), diagnostics: warnings, stamp: stamp)
                cache.store(path, entry)
                let origin = ArticleOrigin(path: path, fingerprint: fingerprint, isData: false)
                return (Extracted(briefing: entry.briefing, digest: entry.digest, origin: origin), warnings)
            }
        }
        var errors: [Diagnostic] = []
        var bySlug: [String: String] = [:]
        for (extracted, warnings) in done {
            diagnostics += warnings
            let article = extracted.briefing.article
            // Two articles cannot share a page: report both files.
            if let other = bySlug[article.slug] {
                errors.append(
                    .error(
                        "slug '\(article.slug)' is already used by \(other); set a different 'slug:' in the front matter", step: "ingest",
                        path: diskPath(article.source)))
            } else {
                bySlug[article.slug] = article.source
            }
        }
        if !errors.isEmpty { throw BuildFailure(diagnostics + errors) }
        return done.map(\.0)
    }

    /// Published data names the file as the site knows it ("content/a.txt"), not where the disk keeps it.
    func siteRelative(_ path: String) -> String {
        let root = options.root == "." ? "" : (options.root.hasSuffix("/") ? options.root : options.root + "/")
        return !root.isEmpty && path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    func diskPath(_ source: String) -> String {
        source.hasPrefix("/") || options.root == "." ? source : (options.root as NSString).appendingPathComponent(source)
    }
}
