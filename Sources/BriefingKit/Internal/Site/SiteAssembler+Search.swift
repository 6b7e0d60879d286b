import Foundation

extension SiteAssembler {
    /// The search page and its index: briefings, quotes and actors, searched in the browser.
    ///
    /// The index is a script (`search-index.js`), not JSON fetched at run time, so that search also works
    /// when the site is opened from disk, where browsers refuse to fetch files.
    /// - Parameter reused: the directory is the previous build's, and so are the actors of the index.
    func searchPages(_ briefings: [Briefing], directory: ActorDirectory, reused: Bool = false) throws(Diagnostic) -> [Page] {
        // Links in the index are relative to the site root; the script adds the page's way back to it.
        let found: [[String]] = briefings.map { b in
            [b.article.title, Self.briefingPath(b.article.slug), b.summary.joined(separator: " "), b.article.date?.iso ?? ""]
        }
        var quotes: [[String]] = []
        for b in briefings {
            for q in b.quotes {
                var link = Self.briefingPath(b.article.slug)
                if q.paragraph < b.article.paragraphs.count { link += "#p-\(q.paragraph)" }
                quotes.append([q.text, q.speaker ?? "", link, b.article.title])
            }
        }
        func actors() -> [[String]] {
            directory.ranked.map { e in [e.name, e.kind.rawValue, Self.actorPath(e.slug), e.aliases.sorted().joined(separator: " ")] }
        }
        // The object's keys in sorted order, each item serialized on its own (and kept for the next build):
        // the same bytes as serializing the whole object at once.
        func list(_ items: [[String]]) -> String {
            "[" + items.map { item in memo?.jsonArray(item) ?? Self.jsonArray(item) }.joined(separator: ",") + "]"
        }
        let actorsJSON = memo?.searchActors(reused: reused) { list(actors()) } ?? list(actors())
        let script = "window.BRIEFING_SEARCH = {\"a\":\(actorsJSON),\"b\":\(list(found)),\"q\":\(list(quotes))};\n"

        let pagePath = "search/index.html"
        return [Page(path: "search-index.js", text: script)] + (try renderPage(pagePath, "search", ["site": siteContext(from: pagePath), "page": ["title": "Search"]]))
    }

    /// One item of the search index as JSON. "</script>" cannot appear in a script file, but `<`, `>`
    /// and `&` are escaped anyway so the index is inert anywhere.
    static func jsonArray(_ item: [String]) -> String { ContractWriter.stringArray(item) }
}
