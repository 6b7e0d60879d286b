import Foundation

extension SiteAssembler {
    /// Atom and JSON feeds, the sitemap and robots.txt: they need absolute URLs, so only with a base URL.
    func feedPages(_ briefings: [Briefing], htmlPaths: [String]) -> [Page] {
        guard let base = config.baseURL else { return [] }
        let recent = Array(briefings.prefix(50))
        // The newest briefing's date, not the build time: the same input gives the same feed.
        let updated = recent.compactMap { $0.article.date }.filter(\.isFullDay).max().map(Self.timestamp) ?? "1970-01-01T00:00:00Z"

        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Self.xml(config.language))">
              <title>\(Self.xml(config.title))</title>

            """
        if !config.description.isEmpty { atom += "  <subtitle>\(Self.xml(config.description))</subtitle>\n" }
        atom += """
              <id>\(Self.xml(base))</id>
              <link rel="alternate" type="text/html" href="\(Self.xml(base))"/>
              <link rel="self" type="application/atom+xml" href="\(Self.xml(base + "feed.xml"))"/>
              <updated>\(updated)</updated>
              <author><name>\(Self.xml(config.title))</name></author>

            """
        for briefing in recent {
            let article = briefing.article
            let link = base + Self.briefingPath(article.slug)
            let date = article.date.map(Self.timestamp) ?? updated
            atom += """
                  <entry>
                    <title>\(Self.xml(article.title))</title>
                    <id>\(Self.xml(link))</id>
                    <link rel="alternate" type="text/html" href="\(Self.xml(link))"/>
                    <updated>\(date)</updated>
                    <summary>\(Self.xml(briefing.summary.joined(separator: " ")))</summary>

                """
            for tag in article.tags { atom += "    <category term=\"\(Self.xml(tag))\"/>\n" }
            atom += "  </entry>\n"
        }
        atom += "</feed>\n"

        var items: [[String: Any]] = []
        for briefing in recent {
            let article = briefing.article
            var item: [String: Any] = [
                "id": base + Self.briefingPath(article.slug),
                "url": base + Self.briefingPath(article.slug),
                "title": article.title,
                "content_text": briefing.summary.joined(separator: " "),
            ]
            if let date = article.date { item["date_published"] = Self.timestamp(date) }
            if !article.tags.isEmpty { item["tags"] = article.tags }
            if let external = article.url, MarkdownWriter.isSafeLink(external) { item["external_url"] = external }
            items.append(item)
        }
        var feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": config.title,
            "home_page_url": base,
            "feed_url": base + "feed.json",
            "language": config.language,
            "items": items,
        ]
        if !config.description.isEmpty { feed["description"] = config.description }
        let json = (try? JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)

        var sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in htmlPaths.sorted() where path != "404.html" {
            let location = base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            sitemap += "  <url><loc>\(Self.xml(location))</loc></url>\n"
        }
        sitemap += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n"

        return [
            Page(path: "feed.xml", text: atom),
            Page(path: "feed.json", text: Briefing.htmlSafe(String(decoding: json, as: UTF8.self)) + "\n"),
            Page(path: "sitemap.xml", text: sitemap),
            Page(path: "robots.txt", text: robots),
        ]
    }

    /// RFC 3339 at midnight UTC; a partial date takes its first day.
    static func timestamp(_ date: PartialDate) -> String {
        let year = date.year ?? 1970
        var month = date.month ?? 1
        var day = date.day ?? 1
        if let week = date.week {
            let jan4 = CivilCalendar.dayNumber(year: year, month: 1, day: 4)
            let monday = CivilCalendar.civil(fromDayNumber: jan4 - CivilCalendar.weekday(dayNumber: jan4) + (week - 1) * 7)
            month = monday.month
            day = monday.day
        }
        return PartialDate(year: year, month: month, day: day).iso + "T00:00:00Z"
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids are dropped rather than breaking the feed.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
