extension SiteAssembler {
    /// One timeline of the whole story: every dated event of every briefing, by year and month. Up to
    /// `timelinePageLimit` events it is one page; past that, one page per year under an index of the
    /// years, so that no page grows with the archive and an edit renders again only the years it touches.
    /// Each page is handed to `emit` as it is made.
    func timelinePages(_ briefings: [Briefing], emit: Emit) throws(Diagnostic) {
        var events: [TimelineEvent] = []
        for briefing in briefings {
            var reference: BriefingReference?
            for entry in briefing.timeline {
                guard var date = PartialDate(iso: entry.date) else { continue }
                // "--02-11" belongs to its article's year.
                if date.year == nil { date.year = briefing.article.date?.year }
                if reference == nil { reference = BriefingReference(briefing) }
                let anchored = entry.paragraph < briefing.paragraphCount
                events.append(TimelineEvent(date: date, event: entry.event, paragraph: anchored ? entry.paragraph : nil, briefing: reference!))
            }
        }
        // Chronological; ties keep the site's order of briefings and the briefing's order of events.
        // Positions are sorted rather than the events, which are far larger to move.
        let order = events.indices.sorted { i, j in
            let (a, b) = (events[i].date, events[j].date)
            if a < b { return true }
            if b < a { return false }
            return i < j
        }
        let ordered = order.map { events[$0] }
        events = []
        let years = Self.years(ordered)
        let indexPath = "timeline/index.html"

        guard ordered.count > timelinePageLimit else {
            let build: () throws(Diagnostic) -> Page = { () throws(Diagnostic) -> Page in
                try self.timelinePage(indexPath, years: years, shown: years.indices, total: ordered.count, split: false)
            }
            if let ledger, memo == nil {
                let digest = Self.timelineInputDigest(ordered)
                if ledger.keep([indexPath], input: digest) { return }
                ledger.noteInput([indexPath], digest)
            }
            guard let memo else { return try emit([build()]) }
            return try emit([memo.page(indexPath, input: ordered, make: build)])
        }

        // The index lists the years with their counts; a year's page names the other years but not
        // their counts, so that an event added to one year leaves the other years' pages as they are.
        let counts = years.map { "\(Self.yearKey($0.year)):\($0.events.count)" }
        try emit(timelineSplitPage(indexPath, input: counts, digest: Self.timelineIndexDigest(counts)) { () throws(Diagnostic) -> Page in
            try self.timelinePage(indexPath, years: years, shown: 0..<0, total: ordered.count, split: true)
        })
        let keys = years.map { Self.yearKey($0.year) }
        for (index, year) in years.enumerated() {
            let path = "timeline/\(keys[index])/index.html"
            let input = YearInput(keys: keys, year: index, events: Array(year.events))
            try emit(timelineSplitPage(path, input: input, digest: Self.timelineYearDigest(input)) { () throws(Diagnostic) -> Page in
                try self.timelinePage(path, years: years, shown: index..<index + 1, total: ordered.count, split: true)
            })
        }
    }

    /// What a year's page of a split timeline is made from.
    struct YearInput: Hashable, Sendable {
        var keys: [String]
        var year: Int
        var events: [TimelineEvent]
    }

    /// A page of a split timeline: kept by the ledger when its digest is unchanged, from the memo when
    /// its input is, or made.
    private func timelineSplitPage<Input: Hashable & Sendable>(
        _ path: String, input: Input, digest: @autoclosure () -> Digest, build: () throws(Diagnostic) -> Page
    ) throws(Diagnostic) -> [Page] {
        if let ledger, memo == nil {
            let digest = digest()
            if ledger.keep([path], input: digest) { return [] }
            ledger.noteInput([path], digest)
        }
        guard let memo else { return [try build()] }
        return [try memo.page(path, input: input, make: build)]
    }

    /// The month an event is listed under: its own, or its ISO week's.
    static func timelineMonth(_ date: PartialDate) -> Int? {
        date.month ?? date.week.map { CivilCalendar.month(ofISOWeek: $0, year: date.year ?? 2000) }
    }

    /// A year as a path and an anchor: "2016", or "unknown".
    static func yearKey(_ year: Int?) -> String { year.map(String.init) ?? "unknown" }

    /// Runs of events of the same year, in order; by positions, so that no group is copied as it grows.
    static func years(_ ordered: [TimelineEvent]) -> [(year: Int?, events: ArraySlice<TimelineEvent>)] {
        var years: [(year: Int?, events: ArraySlice<TimelineEvent>)] = []
        var start = ordered.startIndex
        while start < ordered.endIndex {
            let year = ordered[start].date.year
            var end = start
            while end < ordered.endIndex, ordered[end].date.year == year { end += 1 }
            years.append((year, ordered[start..<end]))
            start = end
        }
        return years
    }

    /// An event of the combined timeline, as the page shows it.
    struct TimelineEvent: Hashable, Sendable {
        var date: PartialDate
        var event: String
        /// The source paragraph, when the article has it.
        var paragraph: Int?
        var briefing: BriefingReference
    }

    /// A page of the timeline: every year named, with a link to where it is shown, and the `shown`
    /// years' events by month.
    private func timelinePage(
        _ pagePath: String, years: [(year: Int?, events: ArraySlice<TimelineEvent>)], shown: Range<Int>, total: Int, split: Bool
    ) throws(Diagnostic) -> Page {
        let yearValues: [TemplateValue] = years.enumerated().map { index, year in
            let key = Self.yearKey(year.year)
            var value: [String: TemplateValue] = [
                "year": .string(year.year.map(String.init) ?? "Year unknown"),
                "id": .string("y-" + key),
                "href": .string(split ? url.href("timeline/\(key)/", from: pagePath) : "#y-" + key),
                "shown": .bool(shown.contains(index)),
                "current": .bool(split && shown.contains(index)),
            ]
            // Counts only where they cannot make other pages stale: the index, or the single page.
            if !split || shown.isEmpty { value["count"] = .int(year.events.count) }
            guard shown.contains(index) else { return .map(value) }
            var months: [TemplateValue] = []
            var start = year.events.startIndex
            while start < year.events.endIndex {
                let month = Self.timelineMonth(year.events[start].date)
                var end = start
                while end < year.events.endIndex, Self.timelineMonth(year.events[end].date) == month { end += 1 }
                months.append([
                    "month": .string(month.map { DateDisplay.monthNames[$0 - 1] } ?? "During the year"),
                    "events": .list(year.events[start..<end].map { event in
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
                ])
                start = end
            }
            value["months"] = .list(months)
            return .map(value)
        }
        var page: [String: TemplateValue] = ["years": .list(yearValues), "empty": .bool(total == 0), "split": .bool(split)]
        if !split || shown.isEmpty { page["count"] = .int(total) }
        if split, shown.count == 1 {
            page["year"] = .string(years[shown.lowerBound].year.map(String.init) ?? "Year unknown")
            page["eventCount"] = .int(years[shown.lowerBound].events.count)
            page["all"] = .string(url.href("timeline/", from: pagePath))
        }
        return Page(path: pagePath, text: try templates.render("timeline", ["site": siteContext(from: pagePath), "page": .map(page)]))
    }
}
