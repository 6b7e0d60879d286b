extension SiteAssembler {
    /// The home page and its following pages ("page/2/"), newest briefings first, each handed to `emit`
    /// as it is made.
    func indexPages(_ briefings: [Briefing], emit: Emit) throws(Diagnostic) {
        let size = max(1, config.pageSize)
        let count = max(1, (briefings.count + size - 1) / size)
        for number in 1...count {
            let folder = number == 1 ? "" : "page/\(number)/"
            let pagePath = folder + "index.html"
            let slice = briefings.dropFirst((number - 1) * size).prefix(size)
            let items = listItems(slice, from: pagePath)
            var page: [String: TemplateValue] = [
                "briefings": .list(items),
                "number": .int(number),
                "pageCount": .int(count),
                "empty": .bool(briefings.isEmpty),
            ]
            if number > 1 { page["previous"] = .string(url.href(number == 2 ? "" : "page/\(number - 1)/", from: pagePath)) }
            if number < count { page["next"] = .string(url.href("page/\(number + 1)/", from: pagePath)) }
            try emit(renderPage(pagePath, "index", ["site": siteContext(from: pagePath), "page": .map(page)]))
        }
    }
}
