/// Extract: turns an `Article` into a `Briefing` (summary, quotes, dates, timeline, actors).
///
/// Pure and deterministic: the same article always gives the same briefing, on any number of threads.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Briefing {
        var scratch = Scratch()
        return extract(article, scratch: &scratch)
    }

    /// What extraction keeps from one article to the next of a batch, to save work it has done before:
    /// the tagger's scores of the words it has seen. No result depends on it.
    struct Scratch {
        var wordScores = NERModel.WordScores()
    }

    /// Extracts one article of a batch, with the batch's `scratch`.
    func extract(_ article: Article, scratch: inout Scratch) -> Briefing {
        let paragraphs = article.paragraphs.map(ParagraphText.init)
        var quoteExtractor = QuoteExtractor(paragraphs: paragraphs, table: ActorFinder(paragraphs: paragraphs).find(memo: &scratch.wordScores))
        let quotes = quoteExtractor.extract()
        let table = quoteExtractor.table
        var actors = table.actors()
        actors += ActorFinder.datelinePlaces(article.place, besides: actors)

        let finder = DateFinder(anchor: article.date)
        var dates: [DateMention] = []
        var dated: [TimelineBuilder.Dated] = []
        // The quarter the article last named: results "a year ago" are that quarter's, a year before.
        var quarter: (year: Int, quarter: Int)?
        for paragraph in paragraphs {
            for found in finder.find(in: paragraph) where !table.nameCovers(found.tokens, inParagraph: paragraph.index) {
                let text = paragraph.text(from: found.tokens.lowerBound, through: found.tokens.upperBound - 1)
                var label = found.label
                if let named = DateFinder.quarter(of: label) {
                    // "the year-ago third quarter" names the quarter compared with, not the one reported.
                    if !DateFinder.isYearAgo(text) { quarter = named }
                } else if let quarter, DateFinder.isYearAgo(text) {
                    label = "\(quarter.year - 1)-Q\(quarter.quarter)"
                }
                dates.append(DateMention(text: text, value: label, paragraph: paragraph.index))
                // Only calendar dates go on the timeline; "now" and "the third quarter" do not.
                if found.value != nil { dated.append(TimelineBuilder.Dated(paragraph: paragraph, found: found)) }
            }
        }
        let timeline = TimelineBuilder().build(dated)
        let summary = Summarizer().summarize(paragraphs, title: article.title)

        let overrides = article.overrides
        return Briefing(
            article: article,
            summary: overrides.summary ?? summary,
            quotes: overrides.quotes ?? quotes,
            dates: dates,
            timeline: overrides.timeline ?? timeline,
            actors: overrides.actors ?? actors
        )
    }
}
