import Foundation

/// Assemble site: renders every page of the site from the briefings, through Markdown and templates.
struct SiteAssembler: Sendable {
    let config: SiteConfig
    let markdown: any MarkdownRendering
    let templates: any TemplateRendering
    let assets: [Page]

    var url: SiteURL { SiteURL(base: config.baseURL) }

    static func briefingPath(_ slug: String) -> String { "briefings/\(slug)/" }

    /// Newest first; undated briefings last; ties by title, then slug, so the order never depends on input order.
    static func sorted(_ briefings: [Briefing]) -> [Briefing] {
        briefings.sorted { a, b in
            switch (a.article.date, b.article.date) {
            case let (x?, y?) where x != y: return y < x
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.article.title != b.article.title { return a.article.title < b.article.title }
                return a.article.slug < b.article.slug
            }
        }
    }

    func assemble(_ briefings: [Briefing]) async throws(BuildFailure) -> Site {
        let ordered = Self.sorted(briefings)
        let assembler = self
        let results: [Result<[Page], Diagnostic>] = await ordered.concurrentMap { briefing in
            do throws(Diagnostic) {
                return .success(try assembler.briefingPages(briefing))
            } catch {
                return .failure(error)
            }
        }
        var pages: [Page] = []
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let p): pages += p
            case .failure(let d): errors.append(d)
            }
        }
        do {
            pages += try indexPages(ordered)
        } catch {
            errors.append(error)
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        pages.append(Page(path: "briefings.json", text: Self.listJSON(ordered)))
        pages += assets
        return Site(config: config, briefings: ordered, pages: pages)
    }

    // MARK: Common context

    func siteContext(from page: String) -> TemplateValue {
        [
            "title": .string(config.title),
            "description": .string(config.description),
            "language": .string(config.language),
            "home": .string(url.href("", from: page)),
            "css": .string(url.href("assets/style.css", from: page)),
            "baseURL": .string(config.baseURL ?? ""),
        ]
    }

    static func listJSON(_ briefings: [Briefing]) -> String {
        "[\n" + briefings.map { "  " + $0.contractJSON() }.joined(separator: ",\n") + "\n]\n"
    }
}
