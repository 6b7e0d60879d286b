import Foundation

/// The pages of the previous build, by what they were made from, so that a rebuild renders again only
/// the pages whose inputs changed: a changed article re-renders its own page and the pages that list or
/// link it, and nothing else. Kept in the `ExtractionCache` shared between builds.
///
/// A page is reused only when everything it was made from is equal: the template, its whole context,
/// and the templates and config of the build (a change to either starts afresh).
///
/// `@unchecked Sendable`: every stored property is read and written under `lock` only.
final class PageMemo: @unchecked Sendable {
    /// A template and its context, with the hash worked out once: a context can be large, and a lookup
    /// then a store would otherwise hash it twice.
    struct RenderKey: Hashable, Sendable {
        let template: String
        let context: TemplateValue
        private let hash: Int

        init(template: String, context: TemplateValue) {
            self.template = template
            self.context = context
            var hasher = Hasher()
            hasher.combine(template)
            hasher.combine(context)
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (a: RenderKey, b: RenderKey) -> Bool {
            a.hash == b.hash && a.template == b.template && a.context == b.context
        }
    }

    /// What a briefing's pages were made from, besides the build's templates and config: the briefing,
    /// and the link of every actor its Markdown names.
    struct BriefingKey: Equatable, Sendable {
        var briefing: Briefing
        var actorLinks: [ActorLink: String]
    }

    struct ActorLink: Hashable, Sendable {
        var name: String
        var kind: Actor.Kind
    }

    /// What every page of a build depends on.
    struct Setting: Equatable, Sendable {
        var config: SiteConfig
        var templates: UInt64
    }

    private let lock = NSLock()
    private var setting: Setting?
    /// Templates loaded and checked for a setting: the same files and config need neither again.
    private var checked: (setting: Setting, templates: MustacheRenderer)?
    // Two generations: what the previous build made, and what this one has used so far. Only the
    // latter is kept at the end, so pages that are gone leave the memo too.
    private var previousRenders: [RenderKey: [UInt8]] = [:]
    private var renders: [RenderKey: [UInt8]] = [:]
    private var previousBriefings: [String: (key: BriefingKey, pages: [Page])] = [:]
    private var briefings: [String: (key: BriefingKey, pages: [Page])] = [:]
    // The JSON of each briefing in `briefings.json`, and of each item of the search index.
    private var previousContracts: [String: (briefing: Briefing, json: String)] = [:]
    private var contracts: [String: (briefing: Briefing, json: String)] = [:]
    private var previousArrays: [[String]: String] = [:]
    private var arrays: [[String]: String] = [:]
    /// The actor directory of a build and what it was made from: each briefing's actors and quotes, in
    /// site order. It is a function of those alone, so an equal source gives an equal directory.
    struct DirectoryState: Sendable {
        var source: [[Actor]]
        var speakers: [[Quote]]
        var briefings: [Briefing]
        var directory: ActorDirectory
        /// Made from the directory alone, so kept with it: the actors of the search index, as JSON.
        var searchActors: String?
    }

    private var previousDirectory: DirectoryState?
    private var directoryState: DirectoryState?

    /// Actors' slugs by name: making one folds the name's case, accents and width, which costs.
    private var slugs: [String: String] = [:]
    // Actor pages, the most numerous made from an input of their own, are kept apart from the other
    // such pages to compare their inputs without boxing them.
    private var previousActors: [String: (input: SiteAssembler.ActorPageInput, page: Page)] = [:]
    private var actors: [String: (input: SiteAssembler.ActorPageInput, page: Page)] = [:]
    // Pages made from an input of their own, by path.
    private var previousInputs: [String: (input: AnyHashable, page: Page)] = [:]
    private var inputs: [String: (input: AnyHashable, page: Page)] = [:]
    private var reused = 0
    private var rendered = 0

    /// Pages of the latest build taken from the one before, and pages rendered.
    var counts: (reused: Int, rendered: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (reused, rendered)
    }

    func checkedTemplates(for setting: Setting) -> MustacheRenderer? {
        lock.lock()
        defer { lock.unlock() }
        return checked.flatMap { $0.setting == setting ? $0.templates : nil }
    }

    func remember(_ templates: MustacheRenderer, for setting: Setting) {
        lock.lock()
        defer { lock.unlock() }
        checked = (setting, templates)
    }

    /// Starts a build; forgets everything when the templates or the config changed.
    func begin(_ setting: Setting) {
        lock.lock()
        defer { lock.unlock() }
        if self.setting != setting {
            previousRenders = [:]
            previousBriefings = [:]
            previousInputs = [:]
            previousActors = [:]
        }
        self.setting = setting
        renders = Dictionary(minimumCapacity: previousRenders.count)
        briefings = Dictionary(minimumCapacity: previousBriefings.count)
        contracts = Dictionary(minimumCapacity: previousContracts.count)
        arrays = Dictionary(minimumCapacity: previousArrays.count)
        inputs = Dictionary(minimumCapacity: previousInputs.count)
        actors = Dictionary(minimumCapacity: previousActors.count)
        reused = 0
        rendered = 0
    }

    /// Ends a build: what it used becomes what the next one compares with.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        previousRenders = renders
        previousBriefings = briefings
        previousContracts = contracts
        previousArrays = arrays
        previousInputs = inputs
        previousActors = actors
        previousDirectory = directoryState
        directoryState = nil
        inputs = [:]
        actors = [:]
        renders = [:]
        briefings = [:]
        contracts = [:]
        arrays = [:]
    }

    /// The actor directory for these briefings (in site order): the previous build's when made from the
    /// same actors and quotes, with the positions of the briefings that changed at all since; else a new
    /// one, with nil for the changes (everything must be looked at again).
    func directory(for briefings: [Briefing], make: () -> ActorDirectory) -> (directory: ActorDirectory, changed: Set<Int>?) {
        let source = briefings.map(\.actors)
        let speakers = briefings.map(\.quotes)
        lock.lock()
        let previous = previousDirectory
        lock.unlock()
        var result: (ActorDirectory, Set<Int>?)
        if let previous, previous.source == source, previous.speakers == speakers, previous.briefings.count == briefings.count {
            let changed = Set(briefings.indices.filter { briefings[$0] != previous.briefings[$0] })
            result = (previous.directory, changed)
        } else {
            result = (make(), nil)
        }
        lock.lock()
        directoryState = DirectoryState(source: source, speakers: speakers, briefings: briefings, directory: result.0)
        lock.unlock()
        return result
    }

    /// The actors of the search index as JSON, from the previous build when its directory was reused.
    func searchActors(reused: Bool, make: () -> String) -> String {
        lock.lock()
        let known = reused ? previousDirectory?.searchActors : nil
        lock.unlock()
        let json = known ?? make()
        lock.lock()
        directoryState?.searchActors = json
        lock.unlock()
        return json
    }

    /// The previous build's page at `path` made from an input of its own, carried into this build as it
    /// is, when that input is known to be unchanged.
    func unchangedPage(_ path: String) -> Page? {
        lock.lock()
        defer { lock.unlock() }
        guard let known = previousInputs[path] else { return nil }
        inputs[path] = known
        reused += 1
        return known.page
    }

    /// The previous build's page at `path`, carried into this build as it is, when its actor is known
    /// to be unchanged.
    func unchangedActorPage(_ path: String) -> Page? {
        lock.lock()
        defer { lock.unlock() }
        guard let known = previousActors[path] else { return nil }
        actors[path] = known
        reused += 1
        return known.page
    }

    /// An actor's slug, made once per name.
    func slug(_ name: String) -> String {
        lock.lock()
        let known = slugs[name]
        lock.unlock()
        if let known { return known }
        let slug = Slug.make(from: name)
        lock.lock()
        slugs[name] = slug
        lock.unlock()
        return slug
    }

    /// An actor's page from the previous build if it was made from an equal input, or a new one.
    func actorPage(_ path: String, input: SiteAssembler.ActorPageInput, make: () throws(Diagnostic) -> Page) throws(Diagnostic) -> Page {
        lock.lock()
        let known = previousActors[path].flatMap { $0.input == input ? $0 : nil }
        if let known {
            actors[path] = known
            reused += 1
        }
        lock.unlock()
        if let known { return known.page }
        let page = try make()
        lock.lock()
        actors[path] = (input, page)
        rendered += 1
        lock.unlock()
        return page
    }

    /// The page at `path` from the previous build if it was made from an equal input, or a new one
    /// from `make`, which must depend on nothing but the input (and the templates and config).
    func page<Input: Hashable & Sendable>(_ path: String, input: Input, make: () throws(Diagnostic) -> Page) throws(Diagnostic) -> Page {
        let key = AnyHashable(input)
        lock.lock()
        let known = previousInputs[path].flatMap { $0.input == key ? $0 : nil }
        if let known {
            inputs[path] = known
            reused += 1
        }
        lock.unlock()
        if let known { return known.page }
        let page = try make()
        lock.lock()
        inputs[path] = (key, page)
        rendered += 1
        lock.unlock()
        return page
    }

    /// A briefing's `contractJSON()`, from the previous build when the briefing is unchanged. The JSON
    /// does not depend on templates or config, so it is kept across a change of either.
    func contractJSON(_ briefing: Briefing) -> String {
        let slug = briefing.article.slug
        lock.lock()
        let known = previousContracts[slug].flatMap { $0.briefing == briefing ? $0 : nil } ?? contracts[slug].flatMap { $0.briefing == briefing ? $0 : nil }
        if let known { contracts[slug] = known }
        lock.unlock()
        if let known { return known.json }
        let json = briefing.contractJSON()
        lock.lock()
        contracts[slug] = (briefing, json)
        lock.unlock()
        return json
    }

    /// An item of the search index as JSON, from the previous build when it is unchanged.
    func jsonArray(_ item: [String]) -> String {
        lock.lock()
        let known = previousArrays[item] ?? arrays[item]
        if let known { arrays[item] = known }
        lock.unlock()
        if let known { return known }
        let json = SiteAssembler.jsonArray(item)
        lock.lock()
        arrays[item] = json
        lock.unlock()
        return json
    }

    /// The page rendered from `key` by the previous build, or a new one from `render`.
    func page(_ path: String, _ key: RenderKey, render: () throws(Diagnostic) -> String) throws(Diagnostic) -> Page {
        lock.lock()
        let known = previousRenders[key] ?? renders[key]
        if let known {
            renders[key] = known
            reused += 1
        }
        lock.unlock()
        if let known { return Page(path: path, contents: known) }
        let page = Page(path: path, text: try render())
        lock.lock()
        renders[key] = page.contents
        rendered += 1
        lock.unlock()
        return page
    }

    /// A briefing's pages from the previous build, if it made them from the same inputs.
    func briefingPages(_ slug: String, _ key: BriefingKey) -> [Page]? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = previousBriefings[slug], entry.key == key else { return nil }
        briefings[slug] = entry
        reused += entry.pages.count
        return entry.pages
    }

    func store(_ slug: String, _ key: BriefingKey, pages: [Page]) {
        lock.lock()
        defer { lock.unlock() }
        briefings[slug] = (key, pages)
        rendered += pages.count
    }
}
