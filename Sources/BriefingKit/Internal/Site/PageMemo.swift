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
    struct RenderKey: Hashable, Sendable {
        var template: String
        var context: TemplateValue
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
    // Two generations: what the previous build made, and what this one has used so far. Only the
    // latter is kept at the end, so pages that are gone leave the memo too.
    private var previousRenders: [RenderKey: [UInt8]] = [:]
    private var renders: [RenderKey: [UInt8]] = [:]
    private var previousBriefings: [String: (key: BriefingKey, pages: [Page])] = [:]
    private var briefings: [String: (key: BriefingKey, pages: [Page])] = [:]
    private var reused = 0
    private var rendered = 0

    /// Pages of the latest build taken from the one before, and pages rendered.
    var counts: (reused: Int, rendered: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (reused, rendered)
    }

    /// Starts a build; forgets everything when the templates or the config changed.
    func begin(_ setting: Setting) {
        lock.lock()
        defer { lock.unlock() }
        if self.setting != setting {
            previousRenders = [:]
            previousBriefings = [:]
        }
        self.setting = setting
        renders = [:]
        briefings = [:]
        reused = 0
        rendered = 0
    }

    /// Ends a build: what it used becomes what the next one compares with.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        previousRenders = renders
        previousBriefings = briefings
        renders = [:]
        briefings = [:]
    }

    /// Forgets everything, after a build failed halfway.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        setting = nil
        previousRenders = [:]
        renders = [:]
        previousBriefings = [:]
        briefings = [:]
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
