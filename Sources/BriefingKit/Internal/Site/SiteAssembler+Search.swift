import Foundation

extension SiteAssembler {
    /// The search page. Its index of briefings, quotes and actors, searched in the browser, is a script
    /// (`search-index.js`), not JSON fetched at run time, so that search also works when the site is
    /// opened from disk, where browsers refuse to fetch files.
    func searchPage() throws(Diagnostic) -> [Page] {
        let pagePath = "search/index.html"
        return try renderPage(pagePath, "search", ["site": siteContext(from: pagePath), "page": ["title": "Search"]])
    }

    /// The search index (`search-index.js`), handed to `write` a megabyte or so at a time: for a large
    /// archive it is among the site's largest files, and is never whole in memory.
    /// - Parameter reused: the directory is the previous build's, and so are the actors of the index.
    func searchIndex(_ briefings: [Briefing], directory: ActorDirectory, reused: Bool = false, write: (consuming [UInt8]) -> Void) {
        // Links in the index are relative to the site root; the script adds the page's way back to it.
        func actors() -> [[String]] {
            directory.ranked.map { e in [e.name, e.kind.rawValue, Self.actorPath(e.slug), e.aliases.sorted().joined(separator: " ")] }
        }
        // The object's keys in sorted order, each item serialized on its own (and kept for the next build):
        // the same bytes as serializing the whole object at once.
        func list(_ items: [[String]]) -> String {
            "[" + items.map { item in memo?.jsonArray(item) ?? Self.jsonArray(item) }.joined(separator: ",") + "]"
        }
        let actorsJSON = memo?.searchActors(reused: reused) { list(actors()) } ?? list(actors())
        var script = Array("window.BRIEFING_SEARCH = {\"a\":".utf8)
        script += actorsJSON.utf8
        func item(_ fields: [String], first: Bool) {
            if !first { script.append(UInt8(ascii: ",")) }
            if let memo {
                script += memo.jsonArray(fields).utf8
            } else {
                ContractWriter.stringArray(fields, into: &script)
            }
            if script.count >= 1 << 20 {
                write(script)
                script = []
            }
        }
        script += ",\"b\":[".utf8
        for (index, b) in briefings.enumerated() {
            item([b.article.title, Self.briefingPath(b.article.slug), b.summary.joined(separator: " "), b.article.date?.iso ?? ""], first: index == 0)
        }
        script += "],\"q\":[".utf8
        var first = true
        for b in briefings {
            for q in b.quotes {
                var link = Self.briefingPath(b.article.slug)
                if q.paragraph < b.paragraphCount { link += "#p-\(q.paragraph)" }
                item([q.text, q.speaker ?? "", link, b.article.title], first: first)
                first = false
            }
        }
        script += "]};\n".utf8
        write(script)
    }

    /// One item of the search index as JSON. "</script>" cannot appear in a script file, but `<`, `>`
    /// and `&` are escaped anyway so the index is inert anywhere.
    static func jsonArray(_ item: [String]) -> String { ContractWriter.stringArray(item) }
}
