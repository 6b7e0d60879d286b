extension SiteAssembler {
    /// One timeline of the whole story: every dated event of every briefing, by year and month.
    func timelinePages(_ briefings: [Briefing]) throws(Diagnostic) -> [Page] {
        let pagePath = "timeline/index.html"
        struct Event {
            var date: PartialDate
            var entry: TimelineEntry
            var briefing: Briefing
        }
        var events: [Event] = []
        for briefing in briefings {
            for entry in briefing.timeline {
                guard var date = PartialDate(iso: entry.date) else { continue }
                // "--02-11" belongs to its article's year.
                if date.year == nil { date.year = briefing.article.date?.year }
                events.append(Event(date: date, entry: entry, briefing: briefing))
            }
        }
        // Chronological; ties keep the site's order of briefings and the briefing's order of events.
        let ordered = events.enumerated().sorted { a, b in a.element.date == b.element.date ? a.offset < b.offset : a.element.date < b.element.date }.map(\.element)
        var years: [(Int?, [(Int?, [Event])])] = []
        for event in ordered {
            let month = event.date.month ?? event.date.week.map { CivilCalendar.month(ofISOWeek: $0, year: event.date.year ?? 2000) }
            if years.last?.0 != event.date.year || years.isEmpty { years.append((event.date.year, [])) }
            var months = years[years.count - 1].1
            if months.last?.0 != month || months.isEmpty { months.append((month, [])) }
            months[months.count - 1].1.append(event)
            years[years.count - 1].1 = months
        }
        let yearValues: [TemplateValue] = years.map { year, months in
            [
                "year": .string(year.map(String.init) ?? "Year unknown"),
                "id": .string("y-" + (year.map(String.init) ?? "unknown")),
                "months": .list(months.map { month, events in
                    [
                        "month": .string(month.map { DateDisplay.monthNames[$0 - 1] } ?? "During the year"),
                        "events": .list(events.map { event in
                            let article = event.briefing.article
                            var href = url.href(Self.briefingPath(article.slug), from: pagePath)
                            if event.entry.paragraph < article.paragraphs.count { href += "#p-\(event.entry.paragraph)" }
                            return [
                                "date": .string(event.date.iso),
                                "dateDisplay": .string(DateDisplay.long(event.date)),
                                "event": .string(event.entry.event),
                                "briefing": .string(article.title),
                                "href": .string(href),
                            ]
                        }),
                    ]
                }),
            ]
        }
        return [
            try renderPage(
                pagePath, "timeline",
                ["site": siteContext(from: pagePath), "page": ["years": .list(yearValues), "count": .int(ordered.count), "empty": .bool(ordered.isEmpty)]])
        ]
    }
}
