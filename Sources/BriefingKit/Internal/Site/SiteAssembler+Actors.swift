extension SiteAssembler {
    static func actorPath(_ slug: String) -> String { "actors/\(slug)/" }

    static let kindTitles: [(Actor.Kind, String)] = [(.person, "People"), (.organization, "Organizations"), (.place, "Places")]

    /// A briefing as the pages that list it show it.
    struct BriefingReference: Hashable, Sendable {
        var slug: String
        var title: String
        var date: PartialDate?

        init(_ briefing: Briefing) {
            slug = briefing.article.slug
            title = briefing.article.title
            date = briefing.article.date
        }
    }

    /// Everything an actor's page is made from, and nothing else: the page is a function of it (and of
    /// the templates and config), so an unchanged input means an unchanged page, which a rebuild takes
    /// from the previous build instead of rendering.
    struct ActorPageInput: Hashable, Sendable {
        struct Role: Hashable, Sendable {
            var role: String
            var briefing: BriefingReference
        }
        struct QuoteItem: Hashable, Sendable {
            var text: String
            var cue: String?
            /// The source paragraph, when the article has it.
            var paragraph: Int?
            var briefing: BriefingReference
        }
        struct Companion: Hashable, Sendable {
            var name: String
            var kind: Actor.Kind
            var slug: String
            var shared: Int
        }

        var name: String
        var kind: Actor.Kind
        var slug: String
        var aliases: [String]
        var mentions: Int
        var roles: [Role]
        var quotes: [QuoteItem]
        var briefings: [BriefingReference]
        var companions: [Companion]
    }

    func actorPageInput(_ index: Int, _ briefings: [Briefing], directory: ActorDirectory) -> ActorPageInput {
        let entry = directory.entries[index]
        return ActorPageInput(
            name: entry.name, kind: entry.kind, slug: entry.slug, aliases: entry.aliases.sorted(), mentions: entry.mentions,
            roles: entry.roles.map { .init(role: $0.role, briefing: BriefingReference(briefings[$0.briefing])) },
            quotes: entry.quotes.map {
                let paragraph = $0.quote.paragraph >= 0 && $0.quote.paragraph < briefings[$0.briefing].paragraphCount ? $0.quote.paragraph : nil
                return .init(text: $0.quote.text, cue: $0.quote.cue, paragraph: paragraph, briefing: BriefingReference(briefings[$0.briefing]))
            },
            briefings: entry.briefings.map { BriefingReference(briefings[$0]) },
            companions: directory.companions(of: index).map { other in
                let entry = directory.entries[other.entry]
                return .init(name: entry.name, kind: entry.kind, slug: entry.slug, shared: other.shared)
            })
    }

    /// The page of the entry at `index`; nil when the ledger keeps the previous build's. `key`, from
    /// `ActorDirectory.pageKeys`, stands for the page's input: with it, an unchanged page is known
    /// without building its input, which a rebuild would otherwise do for every actor of the site.
    func actorPage(_ index: Int, _ briefings: [Briefing], directory: ActorDirectory, key: Digest?) throws(Diagnostic) -> Page? {
        guard let ledger, memo == nil, let key else { return try actorPage(actorPageInput(index, briefings, directory: directory)) }
        let pagePath = Self.actorPath(directory.entries[index].slug) + "index.html"
        if ledger.keep([pagePath], input: key) { return nil }
        ledger.noteInput([pagePath], key)
        return try renderActorPage(actorPageInput(index, briefings, directory: directory), pagePath: pagePath)
    }

    /// An actor's page, made from its input alone; nil when the ledger keeps the previous build's.
    func actorPage(_ input: ActorPageInput) throws(Diagnostic) -> Page? {
        let pagePath = Self.actorPath(input.slug) + "index.html"
        let build: () throws(Diagnostic) -> Page = { () throws(Diagnostic) -> Page in
            try self.renderActorPage(input, pagePath: pagePath)
        }
        if let ledger, memo == nil {
            let digest = input.digest
            if ledger.keep([pagePath], input: digest) { return nil }
            ledger.noteInput([pagePath], digest)
        }
        guard let memo else { return try build() }
        return try memo.actorPage(pagePath, input: input, make: build)
    }

    private func renderActorPage(_ input: ActorPageInput, pagePath: String) throws(Diagnostic) -> Page {
        func briefingHref(_ briefing: BriefingReference, paragraph: Int? = nil) -> String {
            let link = url.href(Self.briefingPath(briefing.slug), from: pagePath)
            guard let paragraph else { return link }
            return link + "#p-\(paragraph)"
        }
        let roles: [TemplateValue] = input.roles.map { role in
            ["role": .string(role.role), "briefing": .string(role.briefing.title), "href": .string(briefingHref(role.briefing))]
        }
        let quotes: [TemplateValue] = input.quotes.map { item in
            var quote: [String: TemplateValue] = [
                "text": .string(item.text),
                "briefing": .string(item.briefing.title),
                "href": .string(briefingHref(item.briefing)),
                "source": .string(briefingHref(item.briefing, paragraph: item.paragraph)),
            ]
            if let cue = item.cue { quote["cue"] = .string(cue) }
            if let date = item.briefing.date {
                quote["date"] = .string(date.iso)
                quote["dateDisplay"] = .string(DateDisplay.long(date))
            }
            return .map(quote)
        }
        let appearances: [TemplateValue] = input.briefings.map { briefing in
            var item: [String: TemplateValue] = ["title": .string(briefing.title), "href": .string(briefingHref(briefing))]
            if let date = briefing.date {
                item["date"] = .string(date.iso)
                item["dateDisplay"] = .string(DateDisplay.long(date))
            }
            return .map(item)
        }
        let companions: [TemplateValue] = input.companions.map { other in
            ["name": .string(other.name), "kind": .string(other.kind.rawValue), "href": .string(url.href(Self.actorPath(other.slug), from: pagePath)), "shared": .int(other.shared)]
        }
        let page: [String: TemplateValue] = [
            "name": .string(input.name),
            "kind": .string(input.kind.rawValue),
            "aliases": .list(input.aliases.map { .string($0) }),
            "hasAliases": .bool(!input.aliases.isEmpty),
            "roles": .list(roles),
            "hasRoles": .bool(!roles.isEmpty),
            "quotes": .list(quotes),
            "hasQuotes": .bool(!quotes.isEmpty),
            "quoteCount": .int(quotes.count),
            "briefings": .list(appearances),
            "briefingCount": .int(appearances.count),
            "mentions": .int(input.mentions),
            "companions": .list(companions),
            "hasCompanions": .bool(!companions.isEmpty),
            "actorsIndex": .string(url.href("actors/", from: pagePath)),
        ]
        return Page(path: pagePath, text: try templates.render("actor", ["site": siteContext(from: pagePath), "page": .map(page)]))
    }

    /// An actor of the actors index, as it shows there.
    struct ActorListing: Hashable, Sendable {
        var name: String
        var kind: Actor.Kind
        var slug: String
        var briefings: Int
        var quotes: Int
        var mentions: Int
    }

    /// The actors index, grouped by kind; made from the listings alone, like an actor's page, so the
    /// previous build's serves as it is when the directory was `reused`. Nil when the build cache's
    /// ledger keeps the one in the output folder.
    func actorsIndexPage(_ directory: ActorDirectory, reused: Bool = false) throws(Diagnostic) -> Page? {
        if reused, let page = memo?.unchangedPage("actors/index.html") { return page }
        let listings = directory.ranked.map { entry in
            ActorListing(
                name: entry.name, kind: entry.kind, slug: entry.slug, briefings: entry.briefings.count, quotes: entry.quotes.count,
                mentions: entry.mentions)
        }
        let indexPath = "actors/index.html"
        let build: () throws(Diagnostic) -> Page = { () throws(Diagnostic) -> Page in
            var groups: [TemplateValue] = []
            for (kind, title) in Self.kindTitles {
                let members = listings.filter { $0.kind == kind }
                guard !members.isEmpty else { continue }
                groups.append([
                    "kind": .string(kind.rawValue),
                    "title": .string(title),
                    "count": .int(members.count),
                    "actors": .list(members.map { entry in
                        [
                            "name": .string(entry.name), "href": .string(self.url.href(Self.actorPath(entry.slug), from: indexPath)),
                            "briefingCount": .int(entry.briefings), "quoteCount": .int(entry.quotes), "mentions": .int(entry.mentions),
                        ]
                    }),
                ])
            }
            let context: TemplateValue = [
                "site": self.siteContext(from: indexPath), "page": ["groups": .list(groups), "count": .int(listings.count), "empty": .bool(listings.isEmpty)],
            ]
            return Page(path: indexPath, text: try self.templates.render("actors", context))
        }
        if let ledger, memo == nil {
            var hasher = DigestHasher()
            hasher.add("actors")
            hasher.add(listings.count)
            for listing in listings {
                hasher.add(listing.name)
                hasher.add(listing.kind.rawValue)
                hasher.add(listing.slug)
                for count in [listing.briefings, listing.quotes, listing.mentions] { hasher.add(count) }
            }
            let digest = hasher.finish()
            if ledger.keep([indexPath], input: digest) { return nil }
            ledger.noteInput([indexPath], digest)
        }
        guard let memo else { return try build() }
        return try memo.page(indexPath, input: listings, make: build)
    }
}
