import Foundation

/// Where a build reads and writes. Relative paths are taken from the current folder.
public struct BuildOptions: Sendable {
    /// The site folder; the defaults below are inside it.
    public var root: String
    public var content: String?
    public var templates: String?
    public var output: String?
    public var config: String?
    /// Overrides the config's base URL; an empty string forces relative links.
    public var baseURL: String?
    /// How many articles and pages are worked on at once; by default, one per core. The output is the
    /// same whatever the number.
    public var jobs: Int?
    /// Builds everything afresh: even when no input changed since the build that wrote the output
    /// folder, and without the build cache (which it fills again).
    public var force = false
    /// The build cache folder; `.briefing-cache` in the site folder by default.
    public var cache: String?
    /// Whether a one-off build reads and writes the build cache.
    public var usesCache = true
    /// Content bytes up to which a one-off build keeps the text of the articles it extracts in memory
    /// until their pages are made; past it, the text is read again (see `SiteBuilder.ingest`). Briefings
    /// from the build cache are always read again.
    var textBudget: Int64 = 64 << 20

    public init(
        root: String = ".", content: String? = nil, templates: String? = nil, output: String? = nil, config: String? = nil, baseURL: String? = nil,
        jobs: Int? = nil, force: Bool = false
    ) {
        self.jobs = jobs
        self.force = force
        self.root = root
        self.content = content
        self.templates = templates
        self.output = output
        self.config = config
        self.baseURL = baseURL
    }

    func path(_ given: String?, default name: String) -> String {
        if let given { return given }
        return root == "." ? name : (root as NSString).appendingPathComponent(name)
    }

    public var contentPath: String { path(content, default: "content") }
    public var templatesPath: String { path(templates, default: "Templates") }
    public var outputPath: String { path(output, default: "public") }
    public var configPath: String { path(config, default: "content/_config.yaml") }
    public var cachePath: String { path(cache, default: ".briefing-cache") }

    /// The base URL a build with these options uses: the option, else the config's, else none.
    public func effectiveBaseURL() throws(Diagnostic) -> String? {
        if let baseURL {
            if baseURL.isEmpty { return nil }
            guard let normalized = SiteConfig.normalizeBaseURL(baseURL) else {
                throw .error("--base-url must be an absolute http(s) URL, found '\(baseURL)'", step: "config", path: nil)
            }
            return normalized
        }
        guard FileManager.default.fileExists(atPath: configPath) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try LocalFileSystem().read(configPath)
        } catch {
            throw .error("cannot read config: \(error.localizedDescription)", step: "config", path: configPath)
        }
        return try SiteConfig.parse(String(decoding: bytes, as: UTF8.self), path: configPath).config.baseURL
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    public var articles: Int
    public var pages: Int
    /// Warnings and notes.
    public var diagnostics: [Diagnostic]
    /// Wall time per step, in order.
    public var timings: [(step: String, seconds: Double)]
    /// True when no input had changed since the build that wrote the output, so nothing was done.
    public var upToDate = false
}

/// The whole pipeline: Ingest → Extract → Write Markdown → Render → Assemble site → Output.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var fileSystem: any FileSystem
    /// Briefings of earlier builds; share one between builds so that unchanged articles are not extracted again.
    public var cache: ExtractionCache
    /// True when a cache was given: only then can pages and output be remembered for a later build,
    /// and a one-off build does not keep every page in memory for nobody.
    let rebuilds: Bool

    public init(options: BuildOptions, fileSystem: any FileSystem = LocalFileSystem(), cache: ExtractionCache? = nil) {
        self.options = options
        self.fileSystem = fileSystem
        self.cache = cache ?? ExtractionCache()
        self.rebuilds = cache != nil
    }

    /// Builds the site. Every problem found is reported at once; on failure nothing is written.
    public func build() async throws(BuildFailure) -> BuildReport {
        var diagnostics: [Diagnostic] = []
        var timings: [(String, Double)] = []
        var clock = Date()
        func lap(_ step: String) {
            timings.append((step, Date().timeIntervalSince(clock)))
            clock = Date()
        }

        var config = try loadConfig(&diagnostics)
        if let override = options.baseURL {
            if override.isEmpty {
                config.baseURL = nil
            } else if let normalized = SiteConfig.normalizeBaseURL(override) {
                config.baseURL = normalized
            } else {
                throw BuildFailure(diagnostics + [.error("--base-url must be an absolute http(s) URL, found '\(override)'", step: "config", path: nil)])
            }
        }

        // Nothing to do when every input is what the current output was built from. A rebuilding
        // caller (the preview server) knows what changed already and skips the check.
        let inputs = rebuilds ? nil : inputsFingerprint()
        if let inputs, !options.force, outputIsUpToDate(inputs) {
            lap("check")
            return BuildReport(articles: 0, pages: 0, diagnostics: diagnostics, timings: timings, upToDate: true)
        }

        // Taken before the templates are read: should one change meanwhile, the next build sees another
        // fingerprint and renders everything again, rather than trust pages made from the older text.
        let setting = PageMemo.Setting(config: config, templates: templatesFingerprint())
        let templates: MustacheRenderer
        if let checked = cache.pages.checkedTemplates(for: setting) {
            templates = checked
        } else {
            do {
                templates = try await MustacheRenderer.load(directory: options.templatesPath)
            } catch {
                throw BuildFailure(diagnostics + [error])
            }
            let templateProblems = await templates.lint(config: config)
            if !templateProblems.isEmpty { throw BuildFailure(diagnostics + templateProblems) }
            cache.pages.remember(templates, for: setting)
        }
        lap("templates")

        // The build cache on disk serves one-off builds; a preview server keeps its own in memory.
        let disk = rebuilds || !options.usesCache || !(fileSystem is LocalFileSystem) ? nil : Self.programIdentity().map {
            DiskCache(folder: options.cachePath, fileSystem: fileSystem, program: $0)
        }
        var extractionFile: DiskCache.ExtractionFile?
        if let disk, !options.force {
            extractionFile = await disk.loadExtraction(into: cache, jobs: options.jobs)
            cache.markClean()
            lap("load cache")
        }
        var ingested = try await ingest(&diagnostics, cache: cache)
        // A one-off build extracts each article as it reads it.
        lap(rebuilds ? "ingest" : "ingest and extract")
        var extracted = try await extract(ingested, &diagnostics, cache: cache)
        // The articles' text now lives in the briefings alone, or, in a one-off build, in their files.
        ingested = []
        let briefings = extracted.map(\.briefing)
        let articleCount = briefings.count
        lap("extract")
        if let disk, cache.isDirty {
            disk.saveExtraction(cache, loadedFrom: extractionFile)
            cache.markClean()
            lap("save cache")
        }
        // A one-off build's cache has done its work once saved; letting its briefings go leaves the
        // assembler the only holder of the articles' text, which it drops page by page.
        if !rebuilds { cache.releaseBriefings() }

        var assembler = SiteAssembler(config: config, markdown: CmarkRenderer(), templates: templates, assets: try assets(&diagnostics))
        assembler.jobs = options.jobs
        // Pages whose inputs are unchanged since the previous build with this cache are not rendered again.
        if rebuilds {
            cache.pages.begin(setting)
            assembler.memo = cache.pages
        }
        let writer = OutputWriter(fileSystem: fileSystem, output: options.outputPath, memo: rebuilds ? cache.output : nil, inputs: inputs)
        // With the build cache, pages whose inputs are those of the build that wrote the output folder
        // stay as they are there, and only files whose bytes changed are written.
        var ledger: LedgerSession?
        if let disk {
            let previous = options.force ? nil : disk.loadLedger().flatMap { $0.build == outputBuild() ? $0 : nil }
            ledger = LedgerSession(previous: previous, setting: settingDigest(setting))
            assembler.ledger = ledger
            assembler.briefingDigests = Dictionary(extracted.map { ($0.briefing.article.slug, $0.digest) }, uniquingKeysWith: { first, _ in first })
            if let previous, previous.setting == ledger?.setting {
                assembler.previousLines = PreviousLines(ledger: previous, path: SiteAssembler.dataPath, output: options.outputPath, fileSystem: fileSystem)
            }
        }
        if !rebuilds {
            let origins = Dictionary(extracted.map { ($0.briefing.article.slug, $0.origin) }, uniquingKeysWith: { first, _ in first })
            assembler.texts = ArticleTexts(fileSystem: fileSystem, origins: origins)
        }
        extracted = []
        guard !rebuilds else {
            // A rebuild compares every page with the previous build's, so it gathers the whole site first.
            let site: Site
            do {
                let assembled = try await assembler.assemble(briefings)
                site = assembled.site
                diagnostics += assembled.notes
            } catch {
                throw BuildFailure(diagnostics + error.diagnostics)
            }
            lap("render")
            do {
                try writer.write(site.pages)
                cache.pages.finish()
            } catch {
                throw BuildFailure(diagnostics + [error])
            }
            lap("output")
            return BuildReport(articles: briefings.count, pages: site.pages.count, diagnostics: diagnostics, timings: timings)
        }
        // A one-off build writes pages as they are made, so its memory follows a batch of pages, not the
        // whole site: into a staging folder swapped in at the end, or, when the build cache's ledger
        // describes the output folder, as the few files that changed.
        let output: any OutputSession
        do {
            if let ledger, ledger.previous != nil {
                output = try writer.beginChanges(ledger: ledger)
            } else {
                output = try writer.begin(ledger: ledger)
            }
        } catch {
            throw BuildFailure(diagnostics + [error])
        }
        let pageCount: Int
        do {
            let assembled = try await assembler.assemble(consume briefings, sink: output)
            pageCount = assembled.pageCount
            diagnostics += assembled.notes
        } catch {
            output.abort()
            throw BuildFailure(diagnostics + error.diagnostics)
        }
        lap("render and write")
        do {
            try output.finish()
        } catch {
            // Whatever the folder holds now, the ledger no longer tells it.
            disk?.removeLedger()
            throw BuildFailure(diagnostics + [error])
        }
        lap(output.finishStep)
        if let disk, let ledger {
            disk.saveLedger(ledger.ledger())
            lap("save cache")
        }
        return BuildReport(articles: articleCount, pages: pageCount, diagnostics: diagnostics, timings: timings)
    }

    /// The build the output folder's marker names, if any.
    private func outputBuild() -> UInt64? {
        guard let bytes = try? fileSystem.read(options.outputPath + "/" + OutputWriter.marker) else { return nil }
        return OutputWriter.build(inMarker: bytes)
    }

    /// What every page depends on besides its own input: the program, the templates, the config and
    /// the base URL.
    private func settingDigest(_ setting: PageMemo.Setting) -> Digest {
        var hasher = DigestHasher()
        hasher.add(Self.programIdentity() ?? "")
        hasher.add(Int(bitPattern: UInt(setting.templates)))
        hasher.add(setting.config.baseURL ?? "")
        hasher.add(fileSystem.exists(options.configPath) ? ((try? fileSystem.read(options.configPath)) ?? []) : [])
        return hasher.finish()
    }

    private func loadConfig(_ diagnostics: inout [Diagnostic]) throws(BuildFailure) -> SiteConfig {
        let path = options.configPath
        guard fileSystem.exists(path) else {
            if options.config != nil { throw BuildFailure([.error("config file not found", step: "config", path: path)]) }
            diagnostics.append(.note("no config file; using the default site settings", step: "config", path: path))
            return SiteConfig()
        }
        do {
            let bytes = try fileSystem.read(path)
            let (config, warnings) = try SiteConfig.parse(String(decoding: bytes, as: UTF8.self), path: path)
            diagnostics += warnings
            return config
        } catch let diagnostic as Diagnostic {
            throw BuildFailure(diagnostics + [diagnostic])
        } catch {
            throw BuildFailure(diagnostics + [.error("cannot read config: \(error.localizedDescription)", step: "config", path: path)])
        }
    }

    /// Changes whenever a template does: the memo of rendered pages is only good for the same templates.
    private func templatesFingerprint() -> UInt64 {
        var bytes: [UInt8] = []
        for name in MustacheRenderer.names(in: options.templatesPath).sorted() {
            bytes += Array(name.utf8) + [0]
            bytes += (try? fileSystem.read((options.templatesPath as NSString).appendingPathComponent(name + ".mustache"))) ?? []
            bytes.append(0)
        }
        return ExtractionCache.Fingerprint(bytes).hash
    }

    /// Files of `Templates/assets/`, copied to `assets/` in the site.
    private func assets(_ diagnostics: inout [Diagnostic]) throws(BuildFailure) -> [Page] {
        let folder = (options.templatesPath as NSString).appendingPathComponent("assets")
        guard fileSystem.isDirectory(folder) else { return [] }
        do {
            return try fileSystem.files(under: folder).filter { !$0.hasPrefix(".") }.map {
                Page(path: "assets/" + $0, contents: try fileSystem.read((folder as NSString).appendingPathComponent($0)))
            }
        } catch {
            throw BuildFailure(diagnostics + [.error("cannot read assets: \(error.localizedDescription)", step: "render", path: folder)])
        }
    }
}

extension Diagnostic {
    public static func note(_ message: String, step: String, path: String?) -> Diagnostic {
        Diagnostic(.note, step: step, path: path, message: message)
    }
}
