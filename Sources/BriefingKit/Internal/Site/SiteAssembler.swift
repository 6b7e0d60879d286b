import Foundation

/// Assemble site: renders every page of the site from the briefings, through Markdown and templates.
struct SiteAssembler: Sendable {
    let config: SiteConfig
    let markdown: any MarkdownRendering
    let templates: any TemplateRendering
    let assets: [Page]
    /// The previous build's pages, when rebuilding: pages whose inputs did not change are taken from it.
    var memo: PageMemo? = nil
    /// `siteContext(from:)` by the depth of the page, which is all it depends on.
    var siteContexts: [TemplateValue] = []
    /// How many pages are rendered at once; by default, one per core.
    var jobs: Int? = nil
    /// Past this many events, the timeline is one page per year.
    var timelinePageLimit = 2000
    /// The build cache's ledger, in a one-off build: pages whose inputs are the previous build's are
    /// kept in the output folder as they are, neither made nor written.
    var ledger: LedgerSession? = nil
    /// The digest of each briefing, by slug, for the ledger.
    var briefingDigests: [String: Digest] = [:]
    /// Where briefings kept without their text read it again, for their own pages.
    var texts: ArticleTexts? = nil
    /// The previous build's lines of `briefings.json`, for the briefings that did not change since.
    var previousLines: PreviousLines? = nil

    /// Every briefing's JSON, one per line.
    static let dataPath = "briefings.json"

    var url: SiteURL { SiteURL(base: config.baseURL) }

    static func briefingPath(_ slug: String) -> String { "briefings/\(slug)/" }

    /// Newest first; undated briefings last; ties by title, then slug, so the order never depends on input order.
    static func sorted(_ briefings: [Briefing]) -> [Briefing] {
        // Sorts positions, not briefings: moving a briefing costs far more than moving a number.
        briefings.indices.sorted { i, j in
            let a = briefings[i].article
            let b = briefings[j].article
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return y < x
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.title != b.title { return a.title < b.title }
                return a.slug < b.slug
            }
        }.map { briefings[$0] }
    }

    /// Assembles every page. With a sink, pages go to it in batches as they are made and the returned
    /// site holds none of them; that keeps a large site's memory to a batch rather than the site.
    ///
    /// The briefings are taken over: with a sink, each briefing's paragraphs are let go once its own pages
    /// are written, so that a large archive's text is not held while the rest of the site is made.
    func assemble(_ briefings: consuming [Briefing], sink: (any PageSink)? = nil) async throws(BuildFailure) -> (site: Site, pageCount: Int, notes: [Diagnostic]) {
        var ordered = Self.sorted(briefings)
        briefings = []
        var directory: ActorDirectory
        var changed: Set<Int>?
        if let memo {
            (directory, changed) = memo.directory(for: ordered) { ActorDirectory(ordered, slug: { memo.slug($0) }) }
        } else {
            directory = await ActorDirectory.make(ordered, jobs: jobs)
        }
        var assembler = self
        assembler.siteContexts = (0...4).map { depth in makeSiteContext(from: String(repeating: "x/", count: depth) + "index.html") }
        var collector = Collector(sink: sink, keepsPaths: config.baseURL != nil)
        try await assembler.assemble(ordered: &ordered, directory: directory, changed: changed, into: &collector)
        return (Site(config: config, briefings: ordered, pages: collector.pages), collector.count + (ledger?.kept.count ?? 0), collector.notes)
    }

    /// Gathers the pages, or passes them on to a sink, with the errors and notes met on the way.
    struct Collector {
        let sink: (any PageSink)?
        /// Whether the paths of the HTML pages are kept, for the sitemap: only a site with a base URL has one.
        var keepsPaths = true
        var pages: [Page] = []
        var htmlPaths: [String] = []
        var count = 0
        var errors: [Diagnostic] = []
        var notes: [Diagnostic] = []

        mutating func add(_ batch: [Page]) {
            noteWritten(batch.lazy.map(\.path))
            guard let sink else {
                pages += batch
                return
            }
            // Once an error is known the build will fail: nothing more need be written.
            guard errors.isEmpty else { return }
            do {
                try sink.take(batch)
            } catch {
                errors.append(error)
            }
        }

        /// Pages a page maker wrote to the sink itself: counted, and their paths kept, as `add` does.
        mutating func noteWritten(_ paths: some Collection<String>) {
            count += paths.count
            if keepsPaths { for path in paths where path.hasSuffix(".html") { htmlPaths.append(path) } }
        }

        /// What a page maker hands back: with a sink, it writes its pages there itself, so that files are
        /// written on every core while other pages are made, and only their paths come back.
        enum Made: Sendable {
            case pages([Page])
            case written([String])
        }

        static func deliver(_ pages: [Page], to sink: (any PageSink)?) throws(Diagnostic) -> Made {
            guard let sink else { return .pages(pages) }
            try sink.take(pages)
            return .written(pages.map(\.path))
        }

        /// Delivers the pages of a maker that hands them over as it makes them: with a sink, the
        /// maker's pages are never all in memory at once.
        static func delivering(to sink: (any PageSink)?, _ make: (_ emit: Emit) throws(Diagnostic) -> Void) throws(Diagnostic) -> Made {
            var pages: [Page] = []
            var paths: [String] = []
            try make { batch throws(Diagnostic) in
                switch try deliver(batch, to: sink) {
                case .pages(let made): pages += made
                case .written(let written): paths += written
                }
            }
            return sink == nil ? .pages(pages) : .written(paths)
        }

        mutating func add(_ made: Made) {
            switch made {
            case .pages(let pages): add(pages)
            case .written(let paths): noteWritten(paths)
            }
        }

        mutating func add(_ build: () throws(Diagnostic) -> [Page]) {
            do {
                add(try build())
            } catch {
                errors.append(error)
            }
        }

        /// A file made in pieces: streamed to the sink as they come, or, without a sink, gathered into
        /// one page. It has one writer at a time, which may be a task of its own; the first failure stops
        /// the writing and is reported at `close`.
        final class PiecewiseFile: @unchecked Sendable {
            let path: String
            fileprivate let stream: PageStream?
            /// Whether the pieces are gathered: without a sink, or with none to write them to.
            fileprivate let gathers: Bool
            fileprivate var bytes: [UInt8] = []
            fileprivate var failure: Diagnostic?

            fileprivate init(path: String, stream: PageStream?, gathers: Bool) {
                self.path = path
                self.stream = stream
                self.gathers = gathers
            }

            func append(_ piece: [UInt8]) {
                guard failure == nil else { return }
                if let stream {
                    do throws(Diagnostic) {
                        try stream.append(piece)
                    } catch {
                        failure = error
                    }
                } else if gathers {
                    bytes += piece
                }
            }
        }

        mutating func open(_ path: String) -> PiecewiseFile {
            guard let sink, errors.isEmpty else { return PiecewiseFile(path: path, stream: nil, gathers: sink == nil) }
            do {
                return PiecewiseFile(path: path, stream: try sink.open(path), gathers: false)
            } catch {
                errors.append(error)
                return PiecewiseFile(path: path, stream: nil, gathers: false)
            }
        }

        mutating func close(_ file: PiecewiseFile) {
            if let failure = file.failure {
                errors.append(failure)
            } else if let stream = file.stream {
                guard errors.isEmpty else { return }
                do {
                    try stream.close()
                    noteWritten([file.path])
                } catch {
                    errors.append(error)
                }
            } else if file.gathers {
                add([Page(path: file.path, contents: file.bytes)])
            }
        }
    }

    /// Takes pages as a page maker makes them.
    typealias Emit = (_ pages: [Page]) throws(Diagnostic) -> Void

    /// Pages are made this many briefings or actors at a time, in parallel within a batch.
    static let batchSize = 512

    /// - Parameter changed: with a directory reused from the previous build, the briefings that changed
    ///   since; an actor in none of them has the same page as then.
    private func assemble(ordered: inout [Briefing], directory: ActorDirectory, changed: Set<Int>?, into collector: inout Collector) async throws(BuildFailure) {
        let assembler = self
        let sink = collector.sink
        for start in stride(from: 0, to: ordered.count, by: Self.batchSize) {
            let range = start..<min(start + Self.batchSize, ordered.count)
            let batch = Array(ordered[range])
            let results: [Result<Collector.Made, Diagnostic>] = await batch.concurrentMap(jobs: jobs) { briefing in
                do throws(Diagnostic) {
                    return .success(try Collector.deliver(assembler.briefingPages(briefing, directory: directory), to: sink))
                } catch {
                    return .failure(error)
                }
            }
            for result in results {
                switch result {
                case .success(let made): collector.add(made)
                case .failure(let d): collector.errors.append(d)
                }
            }
            if collector.sink != nil {
                for index in range { ordered[index] = ordered[index].droppingParagraphs() }
            }
        }
        let ordered = ordered
        // Actor pages are the most numerous: made in parallel, like the briefings'.
        let pageKeys = ledger != nil && memo == nil ? directory.pageKeys(briefingDigests: ordered.map { briefingDigests[$0.article.slug] }) : nil
        for start in stride(from: 0, to: directory.entries.count, by: Self.batchSize) {
            let indices = Array(start..<min(start + Self.batchSize, directory.entries.count))
            let actorResults: [Result<Collector.Made, Diagnostic>] = await indices.concurrentMap(jobs: jobs) { index in
                if let changed, let memo = assembler.memo, !directory.entries[index].briefings.contains(where: changed.contains),
                    let page = memo.unchangedActorPage(Self.actorPath(directory.entries[index].slug) + "index.html")
                {
                    return .success(.pages([page]))
                }
                do throws(Diagnostic) {
                    let page = try assembler.actorPage(index, ordered, directory: directory, key: pageKeys?[index])
                    return .success(try Collector.deliver(page.map { [$0] } ?? [], to: sink))
                } catch {
                    return .failure(error)
                }
            }
            for result in actorResults {
                switch result {
                case .success(let made): collector.add(made)
                case .failure(let error): collector.errors.append(error)
                }
            }
        }
        // The pages made from the whole site, each on its own and all at once: the timeline, the
        // search index and `briefings.json` are the largest, and would otherwise leave cores idle.
        let reused = changed != nil
        // `briefings.json` holds every briefing's JSON, the site's largest file: made in parallel a batch
        // of briefings at a time, and written out batch by batch, so that it is never whole in memory.
        let memo = self.memo
        let data = collector.open(Self.dataPath)
        data.append(Array("[\n".utf8))
        var offset = 2
        // The lines as written, for the next build to take back those of unchanged briefings.
        var written: [PageLedger.Line] = []
        for start in stride(from: 0, to: ordered.count, by: Self.batchSize) {
            let batch = Array(ordered[start..<min(start + Self.batchSize, ordered.count)])
            let inputs = ledger == nil ? [] : batch.map { briefingDigests[$0.article.slug] }
            let previous = previousLines?.taken(for: inputs) ?? []
            let recorded = !inputs.isEmpty
            // Each line with its digest: a line taken back keeps the one it was checked against, a new one
            // is digested here, on every core, and only when the ledger records it.
            let lines: [(bytes: [UInt8], digest: Digest?)] = await Array(batch.indices).concurrentMap(jobs: jobs) { i in
                if i < previous.count, let line = previous[i] { return (line.bytes, line.digest) }
                let bytes = Array((memo?.contractJSON(batch[i]) ?? batch[i].contractJSON()).utf8)
                return (bytes, recorded ? Digest(of: bytes) : nil)
            }
            var chunk: [UInt8] = []
            for (i, line) in lines.enumerated() {
                let separator = start + i == 0 ? "  " : ",\n  "
                chunk += separator.utf8
                if i < inputs.count, let input = inputs[i], let digest = line.digest {
                    written.append(PageLedger.Line(input: input, offset: offset + chunk.count, length: line.bytes.count, content: digest))
                }
                chunk += line.bytes
            }
            offset += chunk.count
            data.append(chunk)
        }
        data.append(Array("\n]\n".utf8))
        ledger?.noteLines(Self.dataPath, written)
        collector.close(data)
        // The search index is as large: written in pieces too, while the other pages are made.
        let indexFile = collector.open("search-index.js")
        let sitePages: [Result<Collector.Made, Diagnostic>] = await SitePageKind.allCases.concurrentMap(jobs: jobs) { kind in
            do throws(Diagnostic) {
                switch kind {
                case .index: return .success(try Collector.delivering(to: sink) { emit throws(Diagnostic) in try assembler.indexPages(ordered, emit: emit) })
                case .actors: return .success(.pages(try assembler.actorsIndexPage(directory, reused: reused).map { [$0] } ?? []))
                case .timeline:
                    return .success(try Collector.delivering(to: sink) { emit throws(Diagnostic) in try assembler.timelinePages(ordered, emit: emit) })
                case .tags: return .success(try Collector.delivering(to: sink) { emit throws(Diagnostic) in try assembler.tagPages(ordered, emit: emit) })
                case .search: return .success(.pages(try assembler.searchPage()))
                case .searchIndex:
                    assembler.searchIndex(ordered, directory: directory, reused: reused) { indexFile.append($0) }
                    return .success(.pages([]))
                case .notFound: return .success(.pages(try assembler.notFoundPage()))
                }
            } catch {
                return .failure(error)
            }
        }
        for result in sitePages {
            switch result {
            case .success(let made): collector.add(made)
            case .failure(let error): collector.errors.append(error)
            }
        }
        collector.close(indexFile)
        if !collector.errors.isEmpty { throw BuildFailure(collector.errors) }
        if config.baseURL == nil {
            collector.notes.append(.note("feed.xml, feed.json, sitemap.xml and robots.txt need absolute URLs; set base_url (or --base-url) to write them", step: "assemble", path: nil))
        } else {
            let kept = ledger?.kept.filter { $0.hasSuffix(".html") } ?? []
            collector.add(feedPages(ordered, htmlPaths: collector.htmlPaths + kept))
        }
        collector.add(assets)
        if !collector.errors.isEmpty { throw BuildFailure(collector.errors) }
    }

    /// Renders a page of the site, or takes it from the previous build when its inputs are unchanged:
    /// none when the build cache's ledger keeps the one in the output folder.
    func renderPage(_ path: String, _ template: String, _ context: TemplateValue) throws(Diagnostic) -> [Page] {
        let templates = self.templates
        if let ledger, memo == nil {
            var hasher = DigestHasher()
            hasher.add(template)
            hasher.add(context)
            let digest = hasher.finish()
            if ledger.keep([path], input: digest) { return [] }
            ledger.noteInput([path], digest)
        }
        guard let memo else { return [Page(path: path, text: try templates.render(template, context))] }
        return [
            try memo.page(path, PageMemo.RenderKey(template: template, context: context)) { () throws(Diagnostic) -> String in
                try templates.render(template, context)
            }
        ]
    }

    // MARK: Common context

    func siteContext(from page: String) -> TemplateValue {
        let depth = SiteURL.depth(of: page)
        return depth < siteContexts.count ? siteContexts[depth] : makeSiteContext(from: page)
    }

    private func makeSiteContext(from page: String) -> TemplateValue {
        var links: [String: TemplateValue] = [
            "home": .string(url.href("", from: page)),
            "actors": .string(url.href("actors/", from: page)),
            "timeline": .string(url.href("timeline/", from: page)),
            "tags": .string(url.href("tags/", from: page)),
            "search": .string(url.href("search/", from: page)),
            "searchAction": .string(url.href("search/index.html", from: page)),
            "searchScript": .string(url.href("assets/search.js", from: page)),
            "searchIndex": .string(url.href("search-index.js", from: page)),
            "root": .string(url.href("", from: page).replacingOccurrences(of: "index.html", with: "")),
        ]
        if let feed = url.absolute("feed.xml") { links["feed"] = .string(feed) }
        if let feed = url.absolute("feed.json") { links["jsonFeed"] = .string(feed) }
        return [
            "links": .map(links),
            "title": .string(config.title),
            "description": .string(config.description),
            "language": .string(config.language),
            "home": .string(url.href("", from: page)),
            "css": .string(url.href("assets/style.css", from: page)),
            "baseURL": .string(config.baseURL ?? ""),
        ]
    }

    /// The pages made from the whole site rather than from one briefing or actor.
    enum SitePageKind: CaseIterable, Sendable {
        case index, actors, timeline, tags, search, searchIndex, notFound
    }
}
