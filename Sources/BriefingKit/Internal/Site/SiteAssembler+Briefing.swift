extension SiteAssembler {
    /// The briefing page, its Markdown (`index.md`) and its data (`briefing.json`); from the previous
    /// build when neither the briefing nor the links to its actors changed.
    func briefingPages(_ briefing: Briefing, directory: ActorDirectory) throws(Diagnostic) -> [Page] {
        let pagePath = Self.briefingPath(briefing.article.slug) + "index.html"
        let url = self.url
        // The slugs make the links, with the page's place and the config, which the ledger's setting
        // covers: the digest need not build every link to know whether the pages changed.
        if let ledger, memo == nil, let digest = briefingDigests[briefing.article.slug] {
            let folder = Self.briefingPath(briefing.article.slug)
            let paths = [folder + "index.html", folder + "index.md", folder + "briefing.json"]
            let input = Self.briefingInputDigest(digest, briefing: briefing, directory: directory)
            if ledger.keep(paths, input: input) { return [] }
            ledger.noteInput(paths, input)
        }
        // Every actor the Markdown links: each actor, and each quote's speaker (nil for no page).
        var slugs: [PageMemo.ActorLink: String?] = [:]
        for actor in briefing.actors { slugs[PageMemo.ActorLink(name: actor.name, kind: actor.kind)] = Self.actorSlug(actor.name, actor.kind, in: directory) }
        for quote in briefing.quotes {
            if let speaker = quote.speaker { slugs[PageMemo.ActorLink(name: speaker, kind: .person)] = Self.actorSlug(speaker, .person, in: directory) }
        }
        let links = slugs.mapValues { slug in slug.map { url.href(Self.actorPath($0), from: pagePath) } ?? "" }
        guard let memo else {
            guard let texts else { return try makeBriefingPages(briefing, links: links) }
            return try makeBriefingPages(texts.restore(briefing), links: links)
        }
        let key = PageMemo.BriefingKey(briefing: briefing, actorLinks: links)
        if let pages = memo.briefingPages(briefing.article.slug, key) { return pages }
        let pages = try makeBriefingPages(briefing, links: links)
        memo.store(briefing.article.slug, key, pages: pages)
        return pages
    }

    /// The slug of an actor's page, if it has one; a speaker known only as an organization links there.
    static func actorSlug(_ name: String, _ kind: Actor.Kind, in directory: ActorDirectory) -> String? {
        directory.slug(named: name, kind: kind) ?? (kind == .person ? directory.slug(named: name, kind: .organization) : nil)
    }

    private func makeBriefingPages(_ briefing: Briefing, links: [PageMemo.ActorLink: String]) throws(Diagnostic) -> [Page] {
        let folder = Self.briefingPath(briefing.article.slug)
        let pagePath = folder + "index.html"
        let url = self.url
        let writer = MarkdownWriter(actorLink: { name, kind in
            links[PageMemo.ActorLink(name: name, kind: kind)].flatMap { $0.isEmpty ? nil : $0 }
        })
        let body = writer.body(briefing)
        let sections = Self.sections(markdown.render(body), sourceParagraphs: briefing.article.paragraphs.count)
        let article = briefing.article
        var page: [String: TemplateValue] = [
            "title": .string(article.title),
            "slug": .string(article.slug),
            "summary": .string(sections["Summary"] ?? ""),
            "quotes": .string(sections["Quotes"] ?? ""),
            "timeline": .string(sections["Timeline"] ?? ""),
            "actors": .string(sections["Actors"] ?? ""),
            "source": .string(sections["Source"] ?? ""),
            "quoteCount": .int(briefing.quotes.count),
            "actorCount": .int(briefing.actors.count),
            "eventCount": .int(briefing.timeline.count),
            "markdown": .string(url.href(folder + "index.md", from: pagePath)),
            "json": .string(url.href(folder + "briefing.json", from: pagePath)),
            "hasTags": .bool(!article.tags.isEmpty),
            "tags": .list(article.tags.map { tag in ["name": .string(tag), "href": .string(url.href(Self.tagPath(tag), from: pagePath))] }),
        ]
        if let date = article.date {
            page["date"] = .string(date.iso)
            page["dateDisplay"] = .string(DateDisplay.long(date))
        }
        if let place = article.place { page["place"] = .string(place) }
        if let outlet = article.outlet { page["outlet"] = .string(outlet) }
        if let link = article.url, MarkdownWriter.isSafeLink(link) { page["url"] = .string(link) }
        let html = try templates.render("briefing", ["site": siteContext(from: pagePath), "page": .map(page)])
        return [
            Page(path: pagePath, text: html),
            Page(path: folder + "index.md", text: MarkdownWriter().write(briefing)),
            Page(path: folder + "briefing.json", text: briefing.contractJSON(pretty: true) + "\n"),
        ]
    }

    /// Groups rendered blocks under their "##" headings. The last `sourceParagraphs` blocks of the Source
    /// section are the article's paragraphs and get their anchors, `id="p-N"`.
    static func sections(_ blocks: [RenderedBlock], sourceParagraphs: Int) -> [String: String] {
        var grouped: [(String, [String])] = []
        for block in blocks {
            if block.headingLevel == 2 {
                grouped.append((block.headingText ?? "", []))
            } else if !grouped.isEmpty {
                grouped[grouped.count - 1].1.append(block.html)
            }
        }
        var out: [String: String] = [:]
        for (title, parts) in grouped {
            var parts = parts
            if title == "Source" {
                let first = max(0, parts.count - sourceParagraphs)
                for (n, i) in (first..<parts.count).enumerated() { parts[i] = anchor(parts[i], id: "p-\(n)") }
            }
            out[title] = parts.joined()
        }
        return out
    }

    /// Adds an id to the first tag of a block: `<p>` → `<p id="p-3">`.
    static func anchor(_ html: String, id: String) -> String {
        guard html.hasPrefix("<"), let close = html.firstIndex(where: { $0 == ">" || $0 == " " }) else { return html }
        var out = html
        out.insert(contentsOf: " id=\"\(id)\"", at: close)
        return out
    }
}

/// Dates as a reader sees them: "10 February 2016", "February 2016", "10 February".
enum DateDisplay {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func long(_ date: PartialDate) -> String {
        if let week = date.week, let year = date.year { return "week \(week) of \(year)" }
        var parts: [String] = []
        if let day = date.day { parts.append(String(day)) }
        if let month = date.month, (1...12).contains(month) { parts.append(monthNames[month - 1]) }
        if let year = date.year { parts.append(String(year)) }
        return parts.joined(separator: " ")
    }
}
