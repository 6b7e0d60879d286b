import Foundation

extension Briefing {
    /// The briefing as contract JSON: one line (`briefing extract --json`, `briefings.json`), or indented
    /// as JSONEncoder indents (`briefing.json` beside each briefing page).
    public func contractJSON(pretty: Bool = false) -> String {
        // Both forms are written by hand: `briefing extract --json` prints thousands of lines, a site has a
        // `briefing.json` per article, and JSONEncoder's boxing was a tenth of either. Tests keep the
        // forms in step with JSONEncoder's.
        pretty ? ContractWriter.pretty(self) : ContractWriter.line(self)
    }

    /// The contract JSON through `JSONEncoder`: the reference the tests hold both hand-written forms to.
    func encodedJSON(pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.withoutEscapingSlashes, .sortedKeys, .prettyPrinted] : [.withoutEscapingSlashes, .sortedKeys]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(ContractRecord(self))) ?? Data("{}".utf8)
        return Self.htmlSafe(String(decoding: data, as: UTF8.self))
    }

    /// JSON with `<`, `>` and `&` written as \u escapes: the same data, inert wherever a page embeds it.
    static func htmlSafe(_ json: String) -> String {
        guard json.contains(where: { $0 == "<" || $0 == ">" || $0 == "&" }) else { return json }
        return json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

/// The JSON shape of the extraction contract: sorted keys, so output is byte-stable, and explicit nulls.
struct ContractRecord: Encodable {
    let briefing: Briefing

    init(_ briefing: Briefing) { self.briefing = briefing }

    enum Keys: String, CodingKey {
        case source, title, date, place, summary, quotes, dates, timeline, actors
        case slug, outlet, url, tags
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let article = briefing.article
        try c.encode(article.source, forKey: .source)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.date?.iso, forKey: .date)
        try c.encode(article.place, forKey: .place)
        try c.encode(briefing.summary, forKey: .summary)
        try c.encode(briefing.quotes.map(QuoteRecord.init), forKey: .quotes)
        try c.encode(briefing.dates, forKey: .dates)
        try c.encode(briefing.timeline, forKey: .timeline)
        try c.encode(briefing.actors.map(ActorRecord.init), forKey: .actors)
        try c.encode(article.slug, forKey: .slug)
        try c.encode(article.outlet, forKey: .outlet)
        try c.encode(article.url, forKey: .url)
        try c.encode(article.tags, forKey: .tags)
    }

    struct QuoteRecord: Encodable {
        let quote: Quote
        init(_ quote: Quote) { self.quote = quote }
        enum Keys: String, CodingKey { case text, speaker, cue, paragraph }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.speaker, forKey: .speaker)
            try c.encode(quote.cue, forKey: .cue)
            try c.encode(quote.paragraph, forKey: .paragraph)
        }
    }

    struct ActorRecord: Encodable {
        let actor: Actor
        init(_ actor: Actor) { self.actor = actor }
        enum Keys: String, CodingKey { case name, kind, role, aliases, mentions, paragraph }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(actor.name, forKey: .name)
            try c.encode(actor.kind, forKey: .kind)
            try c.encode(actor.role, forKey: .role)
            try c.encode(actor.aliases, forKey: .aliases)
            try c.encode(actor.mentions, forKey: .mentions)
            try c.encode(actor.paragraph, forKey: .paragraph)
        }
    }
}
