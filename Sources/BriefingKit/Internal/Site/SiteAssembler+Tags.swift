extension SiteAssembler {
    static func tagPath(_ tag: String) -> String { "tags/\(Slug.make(from: tag))/" }

    /// A page per tag and the list of tags, each handed to `emit` as it is made.
    func tagPages(_ briefings: [Briefing], emit: Emit) throws(Diagnostic) {
        var byTag: [String: (name: String, briefings: [Briefing])] = [:]
        for briefing in briefings {
            for tag in briefing.article.tags {
                let slug = Slug.make(from: tag)
                byTag[slug, default: (tag, [])].briefings.append(briefing)
            }
        }
        let slugs = byTag.keys.sorted()
        for slug in slugs {
            let (name, tagged) = byTag[slug]!
            let pagePath = "tags/\(slug)/index.html"
            try emit(
                renderPage(
                    pagePath, "tag",
                    ["site": siteContext(from: pagePath), "page": ["name": .string(name), "count": .int(tagged.count), "briefings": .list(listItems(tagged, from: pagePath)), "tagsIndex": .string(url.href("tags/", from: pagePath))]]))
        }
        let indexPath = "tags/index.html"
        let tags: [TemplateValue] = slugs.map { slug in
            ["name": .string(byTag[slug]!.name), "count": .int(byTag[slug]!.briefings.count), "href": .string(url.href("tags/\(slug)/", from: indexPath))]
        }
        try emit(renderPage(indexPath, "tags", ["site": siteContext(from: indexPath), "page": ["tags": .list(tags), "empty": .bool(tags.isEmpty)]]))
    }

    /// The briefings as index entries: title, link, date, place, summary and counts.
    func listItems(_ briefings: some Sequence<Briefing>, from pagePath: String) -> [TemplateValue] {
        briefings.map { briefing in
            let article = briefing.article
            var item: [String: TemplateValue] = [
                "title": .string(article.title),
                "href": .string(url.href(Self.briefingPath(article.slug), from: pagePath)),
                "summary": .string(briefing.summary.joined(separator: " ")),
                "quoteCount": .int(briefing.quotes.count),
                "actorCount": .int(briefing.actors.count),
                "eventCount": .int(briefing.timeline.count),
            ]
            if let date = article.date {
                item["date"] = .string(date.iso)
                item["dateDisplay"] = .string(DateDisplay.long(date))
            }
            if let place = article.place { item["place"] = .string(place) }
            return .map(item)
        }
    }

    /// Served by hosts for unknown paths, at any depth: its links are absolute, from the base URL or the root.
    func notFoundPage() throws(Diagnostic) -> [Page] {
        var site = siteContext(from: "404.html")
        if config.baseURL == nil, case .map(var values) = site {
            values["home"] = "/"
            values["css"] = "/assets/style.css"
            if case .map(var links) = values["links"] ?? [:] {
                for key in links.keys {
                    if case .string(let link) = links[key]! { links[key] = .string("/" + link.replacingOccurrences(of: "index.html", with: "")) }
                }
                links["home"] = "/"
                links["root"] = "/"
                links["searchAction"] = "/search/index.html"
                links["searchScript"] = "/assets/search.js"
                links["searchIndex"] = "/search-index.js"
                values["links"] = .map(links)
            }
            site = .map(values)
        }
        return try renderPage("404.html", "404", ["site": site, "page": ["title": "Page not found"]])
    }
}
