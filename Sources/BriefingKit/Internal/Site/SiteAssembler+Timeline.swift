extension SiteAssembler {
    /// One timeline of the whole story: every dated event of every briefing, by year and month.
    func timelinePages(_ briefings: [Briefing]) throws(Diagnostic) -> [Page] {
        let pagePath = "timeline/index.html"
        var events: [TimelineEvent] = []
        for briefing in briefings {
            var reference: BriefingReference?
            for entry in briefing.timeline {
                guard var date = PartialDate(iso: entry.date) else { continue }
                // "--02-11" belongs to its article's year.
                if date.year == nil { date.year = briefing.article.date?.year }
                if reference == nil { reference = BriefingReference(briefing) }
                let anchored = entry.paragraph < briefing.article.paragraphs.count
                events.append(TimelineEvent(date: date, event: entry.event, paragraph: anchored ? entry.paragraph : nil, briefing: reference!))
            }
        }
        // Chronological; ties keep the site's order of briefings and the briefing's order of events.
        let ordered = events.indices.sorted { a, b in events[a].date == events[b].date ? a < b : events[a].date < events[b].date }.map { events[$0] }
        let build: () throws(Diagnostic) -> Page = { () throws(Diagnostic) -> Page in try self.timelinePage(ordered, pagePath: pagePath) }
        if let ledger, memo == nil {
            let digest = Self.timelineInputDigest(ordered)
            if ledger.keep([pagePath], input: digest) { return [] }
            ledger.noteInput([pagePath], digest)
        }
        guard let memo else { return [try build()] }
        return [try memo.page(pagePath, input: ordered, make: build)]
    }

    /// The month an event is listed under: its own, or its ISO week's.
    static func timelineMonth(_ date: PartialDate) -> Int? {
        date.month ?? date.week.map { CivilCalendar.month(ofISOWeek: $0, year: date.year ?? 2000) }
    }

    /// An event of the combined timeline, as the page shows it.
    struct TimelineEvent: Hashable, Sendable {
        var date: PartialDate
        var event: String
        /// The source paragraph, when the article has it.
        var paragraph: Int?
        var briefing: BriefingReference
    }

    /// The timeline page, made from its events alone.
    private func timelinePage(_ ordered: [TimelineEvent], pagePath: String) throws(Diagnostic) -> Page {
        // Runs of equal year, then of equal month within them; built by positions, so that no group is
        // copied as it grows.
        var years: [(Int?, [(Int?, ArraySlice<TimelineEvent>)])] = []
        var start = ordered.startIndex
        while start < ordered.endIndex {
            let year = ordered[start].date.year
            var end = start
            while end < ordered.endIndex, ordered[end].date.year == year { end += 1 }
            var months: [(Int?, ArraySlice<TimelineEvent>)] = []
            var monthStart = start
            while monthStart < end {
                let month = Self.timelineMonth(ordered[monthStart].date)
                var monthEnd = monthStart
                while monthEnd < end, Self.timelineMonth(ordered[monthEnd].date) == month { monthEnd += 1 }
                months.append((month, ordered[monthStart..<monthEnd]))
                monthStart = monthEnd
            }
            years.append((year, months))
            start = end
        }
        let yearValues: [TemplateValue] = years.map { year, months in
            [
                "year": .string(year.map(String.init) ?? "Year unknown"),
                "id": .string("y-" + (year.map(String.init) ?? "unknown")),
                "months": .list(months.map { month, events in
                    [
                        "month": .string(month.map { DateDisplay.monthNames[$0 - 1] } ?? "During the year"),
                        "events": .list(events.map { event in
                            var href = url.href(Self.briefingPath(event.briefing.slug), from: pagePath)
                            if let paragraph = event.paragraph { href += "#p-\(paragraph)" }
                            return [
                                "date": .string(event.date.iso),
                                "dateDisplay": .string(DateDisplay.long(event.date)),
                                "event": .string(event.event),
                                "briefing": .string(event.briefing.title),
                                "href": .string(href),
                            ]
                        }),
                    ]
                }),
            ]
        }
        let context: TemplateValue = [
            "site": siteContext(from: pagePath), "page": ["years": .list(yearValues), "count": .int(ordered.count), "empty": .bool(ordered.isEmpty)],
        ]
        return Page(path: pagePath, text: try templates.render("timeline", context))
    }
}
