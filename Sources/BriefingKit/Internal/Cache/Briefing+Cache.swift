/// The cache's binary form of a briefing and everything in it. Each type writes its fields in one
/// order and reads them back in the same order; `DiskCache.formatVersion` changes with any change here.
extension Briefing {
    func write(to w: inout ByteWriter) {
        article.write(to: &w)
        w.array(summary) { $0.string($1) }
        w.array(quotes) { $1.write(to: &$0) }
        w.array(dates) { w, date in
            w.string(date.text)
            w.string(date.value)
            w.int(date.paragraph)
        }
        w.array(timeline) { $1.write(to: &$0) }
        w.array(actors) { $1.write(to: &$0) }
        w.int(paragraphsDropped ?? -1)
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        let article = try Article(from: &r)
        let summary = try r.array { r throws(ByteReader.Malformed) in try r.string() }
        let quotes = try r.array { r throws(ByteReader.Malformed) in try Quote(from: &r) }
        let dates = try r.array { r throws(ByteReader.Malformed) in
            DateMention(text: try r.string(), value: try r.string(), paragraph: try r.int())
        }
        let timeline = try r.array { r throws(ByteReader.Malformed) in try TimelineEntry(from: &r) }
        let actors = try r.array { r throws(ByteReader.Malformed) in try Actor(from: &r) }
        let dropped = try r.int()
        self.init(article: article, summary: summary, quotes: quotes, dates: dates, timeline: timeline, actors: actors)
        paragraphsDropped = dropped >= 0 ? dropped : nil
    }

    /// The binary form, whole: what the cache stores and what a briefing's digest is taken of.
    var cacheBytes: [UInt8] {
        var writer = ByteWriter(capacity: 4096)
        write(to: &writer)
        return writer.bytes
    }
}

extension Article {
    func write(to w: inout ByteWriter) {
        w.string(source)
        w.string(slug)
        w.string(title)
        w.optional(date) { $1.write(to: &$0) }
        w.optional(place) { $0.string($1) }
        w.optional(outlet) { $0.string($1) }
        w.optional(url) { $0.string($1) }
        w.array(tags) { $0.string($1) }
        w.array(paragraphs) { w, paragraph in
            w.int(paragraph.index)
            w.string(paragraph.text)
            w.bool(paragraph.kind == .heading)
            w.int(paragraph.line)
        }
        w.optional(overrides.summary) { w, summary in w.array(summary) { $0.string($1) } }
        w.optional(overrides.quotes) { w, quotes in w.array(quotes) { $1.write(to: &$0) } }
        w.optional(overrides.timeline) { w, timeline in w.array(timeline) { $1.write(to: &$0) } }
        w.optional(overrides.actors) { w, actors in w.array(actors) { $1.write(to: &$0) } }
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        let source = try r.string()
        let slug = try r.string()
        let title = try r.string()
        let date = try r.optional { r throws(ByteReader.Malformed) in try PartialDate(from: &r) }
        let place = try r.optional { r throws(ByteReader.Malformed) in try r.string() }
        let outlet = try r.optional { r throws(ByteReader.Malformed) in try r.string() }
        let url = try r.optional { r throws(ByteReader.Malformed) in try r.string() }
        let tags = try r.array { r throws(ByteReader.Malformed) in try r.string() }
        let paragraphs = try r.array { r throws(ByteReader.Malformed) in
            Paragraph(index: try r.int(), text: try r.string(), kind: try r.bool() ? .heading : .text, line: try r.int())
        }
        var overrides = Overrides()
        overrides.summary = try r.optional { r throws(ByteReader.Malformed) in try r.array { r throws(ByteReader.Malformed) in try r.string() } }
        overrides.quotes = try r.optional { r throws(ByteReader.Malformed) in try r.array { r throws(ByteReader.Malformed) in try Quote(from: &r) } }
        overrides.timeline = try r.optional { r throws(ByteReader.Malformed) in
            try r.array { r throws(ByteReader.Malformed) in try TimelineEntry(from: &r) }
        }
        overrides.actors = try r.optional { r throws(ByteReader.Malformed) in try r.array { r throws(ByteReader.Malformed) in try Actor(from: &r) } }
        self.init(
            source: source, slug: slug, title: title, date: date, place: place, outlet: outlet, url: url, tags: tags, paragraphs: paragraphs,
            overrides: overrides)
    }
}

extension PartialDate {
    func write(to w: inout ByteWriter) {
        for part in [year, month, day, week] { w.optional(part) { $0.int($1) } }
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        var parts: [Int?] = []
        for _ in 0..<4 { parts.append(try r.optional { r throws(ByteReader.Malformed) in try r.int() }) }
        self.init(year: parts[0], month: parts[1], day: parts[2], week: parts[3])
    }
}

extension Quote {
    func write(to w: inout ByteWriter) {
        w.string(text)
        w.optional(speaker) { $0.string($1) }
        w.optional(cue) { $0.string($1) }
        w.int(paragraph)
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(
            text: try r.string(), speaker: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
            cue: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, paragraph: try r.int())
    }
}

extension TimelineEntry {
    func write(to w: inout ByteWriter) {
        w.string(date)
        w.string(event)
        w.int(paragraph)
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(date: try r.string(), event: try r.string(), paragraph: try r.int())
    }
}

extension Actor {
    func write(to w: inout ByteWriter) {
        w.string(name)
        w.string(kind.rawValue)
        w.optional(role) { $0.string($1) }
        w.array(aliases) { $0.string($1) }
        w.int(mentions)
        w.optional(paragraph) { $0.int($1) }
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        let name = try r.string()
        guard let kind = Kind(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        self.init(
            name: name, kind: kind, role: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
            aliases: try r.array { r throws(ByteReader.Malformed) in try r.string() }, mentions: try r.int(),
            paragraph: try r.optional { r throws(ByteReader.Malformed) in try r.int() })
    }
}

extension Diagnostic {
    func write(to w: inout ByteWriter) {
        w.string(severity.rawValue)
        w.string(step)
        w.optional(path) { $0.string($1) }
        w.int(line)
        w.int(column)
        w.string(message)
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        guard let severity = Severity(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        self.init(
            severity, step: try r.string(), path: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, line: try r.int(),
            column: try r.int(), message: try r.string())
    }
}
