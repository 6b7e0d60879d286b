extension SiteAssembler {
    static func actorPath(_ slug: String) -> String { "actors/\(slug)/" }

    static let kindTitles: [(Actor.Kind, String)] = [(.person, "People"), (.organization, "Organizations"), (.place, "Places")]

    /// A page per actor and the actors index, grouped by kind.
    func actorPages(_ briefings: [Briefing], directory: ActorDirectory) throws(Diagnostic) -> [Page] {
        var pages: [Page] = []
        for (entryIndex, entry) in directory.entries.enumerated() {
            let pagePath = Self.actorPath(entry.slug) + "index.html"
            func briefingHref(_ index: Int, paragraph: Int? = nil) -> String {
                let article = briefings[index].article
                let link = url.href(Self.briefingPath(article.slug), from: pagePath)
                guard let paragraph, paragraph >= 0, paragraph < article.paragraphs.count else { return link }
                return link + "#p-\(paragraph)"
            }
            let roles: [TemplateValue] = entry.roles.map { role in
                ["role": .string(role.role), "briefing": .string(briefings[role.briefing].article.title), "href": .string(briefingHref(role.briefing))]
            }
            let quotes: [TemplateValue] = entry.quotes.map { item in
                var quote: [String: TemplateValue] = [
                    "text": .string(item.quote.text),
                    "briefing": .string(briefings[item.briefing].article.title),
                    "href": .string(briefingHref(item.briefing)),
                    "source": .string(briefingHref(item.briefing, paragraph: item.quote.paragraph)),
                ]
                if let cue = item.quote.cue { quote["cue"] = .string(cue) }
                if let date = briefings[item.briefing].article.date {
                    quote["date"] = .string(date.iso)
                    quote["dateDisplay"] = .string(DateDisplay.long(date))
                }
                return .map(quote)
            }
            let appearances: [TemplateValue] = entry.briefings.map { index in
                let article = briefings[index].article
                var item: [String: TemplateValue] = ["title": .string(article.title), "href": .string(briefingHref(index))]
                if let date = article.date {
                    item["date"] = .string(date.iso)
                    item["dateDisplay"] = .string(DateDisplay.long(date))
                }
                return .map(item)
            }
            let companions: [TemplateValue] = directory.companions(of: entryIndex).map { other, shared in
                ["name": .string(other.name), "kind": .string(other.kind.rawValue), "href": .string(url.href(Self.actorPath(other.slug), from: pagePath)), "shared": .int(shared)]
            }
            let page: [String: TemplateValue] = [
                "name": .string(entry.name),
                "kind": .string(entry.kind.rawValue),
                "aliases": .list(entry.aliases.sorted().map { .string($0) }),
                "hasAliases": .bool(!entry.aliases.isEmpty),
                "roles": .list(roles),
                "hasRoles": .bool(!roles.isEmpty),
                "quotes": .list(quotes),
                "hasQuotes": .bool(!quotes.isEmpty),
                "quoteCount": .int(quotes.count),
                "briefings": .list(appearances),
                "briefingCount": .int(appearances.count),
                "mentions": .int(entry.mentions),
                "companions": .list(companions),
                "hasCompanions": .bool(!companions.isEmpty),
                "actorsIndex": .string(url.href("actors/", from: pagePath)),
            ]
            pages.append(try renderPage(pagePath, "actor", ["site": siteContext(from: pagePath), "page": .map(page)]))
        }

        let indexPath = "actors/index.html"
        var groups: [TemplateValue] = []
        for (kind, title) in Self.kindTitles {
            let members = directory.entries.filter { $0.kind == kind }.sorted(by: ActorDirectory.precedes)
            guard !members.isEmpty else { continue }
            groups.append([
                "kind": .string(kind.rawValue),
                "title": .string(title),
                "count": .int(members.count),
                "actors": .list(members.map { entry in
                    [
                        "name": .string(entry.name), "href": .string(url.href(Self.actorPath(entry.slug), from: indexPath)),
                        "briefingCount": .int(entry.briefings.count), "quoteCount": .int(entry.quotes.count), "mentions": .int(entry.mentions),
                    ]
                }),
            ])
        }
        pages.append(
            try renderPage(
                indexPath, "actors",
                ["site": siteContext(from: indexPath), "page": ["groups": .list(groups), "count": .int(directory.entries.count), "empty": .bool(directory.entries.isEmpty)]]))
        return pages
    }
}
