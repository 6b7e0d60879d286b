/// An article as read from `content/`: metadata plus the body split into paragraphs.
///
/// Paragraph indices are stable: they are the anchors (`#p-N`) on the briefing page and the
/// `paragraph` field of every extracted quote, date and timeline entry.
public struct Article: Sendable, Equatable {
    /// The input path as given on the command line or found under `content/`.
    public var source: String
    /// The URL slug of the briefing page.
    public var slug: String
    public var title: String
    /// Publication date, as precise as known (a full day, or only month and day from a dateline).
    public var date: PartialDate?
    /// The dateline place ("Moscow"), when the text starts with one.
    public var place: String?
    public var outlet: String?
    public var url: String?
    public var tags: [String]
    /// Body paragraphs in reading order, without the title, dateline and web debris.
    public var paragraphs: [Paragraph]
    /// Parts of the briefing an editor wrote in the front matter; they replace what is extracted.
    public var overrides: Overrides

    public init(
        source: String, slug: String, title: String, date: PartialDate? = nil, place: String? = nil,
        outlet: String? = nil, url: String? = nil, tags: [String] = [], paragraphs: [Paragraph],
        overrides: Overrides = Overrides()
    ) {
        self.source = source
        self.slug = slug
        self.title = title
        self.date = date
        self.place = place
        self.outlet = outlet
        self.url = url
        self.tags = tags
        self.paragraphs = paragraphs
        self.overrides = overrides
    }
}

/// One paragraph of an article body.
public struct Paragraph: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Running text.
        case text
        /// A short line without closing punctuation between paragraphs, such as a subheading.
        case heading
    }

    public var index: Int
    public var text: String
    public var kind: Kind
    /// The line in the source file where the paragraph starts (1-based), for diagnostics.
    public var line: Int

    public init(index: Int, text: String, kind: Kind = .text, line: Int = 0) {
        self.index = index
        self.text = text
        self.kind = kind
        self.line = line
    }
}

/// Editorial replacements for extracted parts, given in a `.md` article's front matter.
public struct Overrides: Sendable, Equatable {
    public var summary: [String]?
    public var quotes: [Quote]?
    public var timeline: [TimelineEntry]?
    public var actors: [Actor]?

    public init(summary: [String]? = nil, quotes: [Quote]? = nil, timeline: [TimelineEntry]? = nil, actors: [Actor]? = nil) {
        self.summary = summary
        self.quotes = quotes
        self.timeline = timeline
        self.actors = actors
    }
}
