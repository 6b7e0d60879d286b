/// What Briefing extracts from one article: the contract of `briefing extract --json`.
public struct Briefing: Sendable, Equatable {
    public var article: Article
    /// Whole sentences of the article, in article order.
    public var summary: [String]
    public var quotes: [Quote]
    /// Every date expression found, in text order.
    public var dates: [DateMention]
    /// Dated events, sorted by date.
    public var timeline: [TimelineEntry]
    public var actors: [Actor]
    /// How many paragraphs the article had, once their text is let go (by the build cache, by a large
    /// one-off build, or once a briefing's own pages are written): the other pages need only the count.
    var paragraphsDropped: Int?

    public init(
        article: Article, summary: [String], quotes: [Quote], dates: [DateMention],
        timeline: [TimelineEntry], actors: [Actor]
    ) {
        self.article = article
        self.summary = summary
        self.quotes = quotes
        self.dates = dates
        self.timeline = timeline
        self.actors = actors
    }

    /// The number of the article's paragraphs, whether or not their text is still held.
    var paragraphCount: Int { paragraphsDropped ?? article.paragraphs.count }

    /// This briefing without its paragraphs' text, which only its own page shows.
    func droppingParagraphs() -> Briefing {
        var slim = self
        slim.paragraphsDropped = paragraphCount
        slim.article.paragraphs = []
        return slim
    }
}

/// A direct quote: the words inside the quotation marks and who said them.
public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without their marks. Words quoted inside reported speech ("She said the plan was
    /// “a disaster” for the city") come with the clause they are woven into, their marks kept, so that
    /// they read as the speaker meant them.
    public var text: String
    /// The resolved full name of the speaker, or nil when nobody could be credited.
    public var speaker: String?
    /// The reporting verb ("said", "emphasized"), when there is one.
    public var cue: String?
    public var paragraph: Int

    public init(text: String, speaker: String?, cue: String? = nil, paragraph: Int) {
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.paragraph = paragraph
    }
}

/// A date expression in the text and its ISO 8601 value.
public struct DateMention: Sendable, Equatable, Codable {
    public var text: String
    public var value: String
    public var paragraph: Int

    public init(text: String, value: String, paragraph: Int) {
        self.text = text
        self.value = value
        self.paragraph = paragraph
    }
}

/// One dated event.
public struct TimelineEntry: Sendable, Equatable, Codable {
    /// ISO 8601 at the precision the text gives.
    public var date: String
    public var event: String
    public var paragraph: Int

    public init(date: String, event: String, paragraph: Int) {
        self.date = date
        self.event = event
        self.paragraph = paragraph
    }
}

/// A person, organization or place, one entry per real-world actor.
public struct Actor: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case person
        case organization
        case place
    }

    public var name: String
    public var kind: Kind
    public var role: String?
    /// Other ways the text names this actor.
    public var aliases: [String]
    public var mentions: Int
    /// The paragraph where the text first names the actor.
    public var paragraph: Int?

    public init(name: String, kind: Kind, role: String? = nil, aliases: [String] = [], mentions: Int = 1, paragraph: Int? = nil) {
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.mentions = mentions
        self.paragraph = paragraph
    }
}
