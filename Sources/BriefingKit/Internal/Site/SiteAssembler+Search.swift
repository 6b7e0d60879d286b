import Foundation

extension SiteAssembler {
    /// The search page and its index: briefings, quotes and actors, searched in the browser.
    ///
    /// The index is a script (`search-index.js`), not JSON fetched at run time, so that search also works
    /// when the site is opened from disk, where browsers refuse to fetch files.
    func searchPages(_ briefings: [Briefing], directory: ActorDirectory) throws(Diagnostic) -> [Page] {
        // Links in the index are relative to the site root; the script adds the page's way back to it.
        var items: [String: Any] = [:]
        items["b"] = briefings.map { b -> [Any] in
            [b.article.title, Self.briefingPath(b.article.slug), b.summary.joined(separator: " "), b.article.date?.iso ?? ""]
        }
        var quotes: [[Any]] = []
        for b in briefings {
            for q in b.quotes {
                var link = Self.briefingPath(b.article.slug)
                if q.paragraph < b.article.paragraphs.count { link += "#p-\(q.paragraph)" }
                quotes.append([q.text, q.speaker ?? "", link, b.article.title])
            }
        }
        items["q"] = quotes
        items["a"] = directory.entries.sorted(by: ActorDirectory.precedes).map { e -> [Any] in
            [e.name, e.kind.rawValue, Self.actorPath(e.slug), e.aliases.sorted().joined(separator: " ")]
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        // "</script>" cannot appear in a script file, but "<" is escaped anyway so the index is inert anywhere.
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        let script = "window.BRIEFING_SEARCH = \(json);\n"

        let pagePath = "search/index.html"
        return [Page(path: "search-index.js", text: script), try renderPage(pagePath, "search", ["site": siteContext(from: pagePath), "page": ["title": "Search"]])]
    }
}
