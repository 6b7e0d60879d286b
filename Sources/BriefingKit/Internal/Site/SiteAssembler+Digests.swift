/// Digests of what pages are made from, for the ledger of the build cache: a page whose input digest
/// is the previous build's, under the same templates and config, is that build's page.
extension DigestHasher {
    mutating func add(_ date: PartialDate?) {
        guard let date else { return add(-1) }
        for part in [date.year, date.month, date.day, date.week] { add(part ?? -1) }
    }

    mutating func add(_ reference: SiteAssembler.BriefingReference) {
        add(reference.slug)
        add(reference.title)
        add(reference.date)
    }

    /// A template context, maps in key order: equal contexts, equal digests.
    mutating func add(_ value: TemplateValue) {
        switch value {
        case .string(let text):
            add(1)
            add(text)
        case .bool(let flag):
            add(flag ? 2 : 3)
        case .int(let number):
            add(4)
            add(number)
        case .list(let items):
            add(5)
            add(items.count)
            for item in items { add(item) }
        case .map(let members):
            add(6)
            add(members.count)
            for key in members.keys.sorted() {
                add(key)
                add(members[key]!)
            }
        }
    }

    mutating func add(optional text: String?) {
        add(text == nil ? 0 : 1)
        if let text { add(text) }
    }
}

extension SiteAssembler.ActorPageInput {
    var digest: Digest {
        var h = DigestHasher()
        h.add("actor")
        h.add(name)
        h.add(kind.rawValue)
        h.add(slug)
        h.add(aliases.count)
        for alias in aliases { h.add(alias) }
        h.add(mentions)
        h.add(roles.count)
        for role in roles {
            h.add(role.role)
            h.add(role.briefing)
        }
        h.add(quotes.count)
        for quote in quotes {
            h.add(quote.text)
            h.add(optional: quote.cue)
            h.add(quote.paragraph ?? -1)
            h.add(quote.briefing)
        }
        h.add(briefings.count)
        for briefing in briefings { h.add(briefing) }
        h.add(companions.count)
        for companion in companions {
            h.add(companion.name)
            h.add(companion.kind.rawValue)
            h.add(companion.slug)
            h.add(companion.shared)
        }
        return h.finish()
    }
}

extension SiteAssembler {
    /// A briefing's pages are made from the briefing and the slugs of its actors' pages. The briefing's
    /// digest covers the actors' names and their order, so the slugs are taken in that order.
    static func briefingInputDigest(_ digest: Digest, briefing: Briefing, directory: ActorDirectory) -> Digest {
        var h = DigestHasher()
        h.add("briefing")
        h.add(digest)
        for actor in briefing.actors { h.add(optional: actorSlug(actor.name, actor.kind, in: directory)) }
        for quote in briefing.quotes {
            if let speaker = quote.speaker { h.add(optional: actorSlug(speaker, .person, in: directory)) }
        }
        return h.finish()
    }

    /// The index of a split timeline shows each year and its count.
    static func timelineIndexDigest(_ counts: [String]) -> Digest {
        var h = DigestHasher()
        h.add("timeline-index")
        h.add(counts.joined(separator: "\n"))
        return h.finish()
    }

    /// A year's page names every year and shows its own events.
    static func timelineYearDigest(_ input: YearInput) -> Digest {
        var h = DigestHasher()
        h.add("timeline-year")
        h.add(input.keys.joined(separator: "\n"))
        h.add(input.year)
        h.add(timelineInputDigest(input.events))
        return h.finish()
    }

    static func timelineInputDigest(_ events: [TimelineEvent]) -> Digest {
        var h = DigestHasher()
        h.add("timeline")
        h.add(events.count)
        for event in events {
            h.add(event.date)
            h.add(event.event)
            h.add(event.paragraph ?? -1)
            h.add(event.briefing)
        }
        return h.finish()
    }
}
