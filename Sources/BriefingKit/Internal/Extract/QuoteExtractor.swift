/// Extracts direct quotations and credits each to the actor who said it.
///
/// Paragraphs are read in order, keeping track of the last speaker, because news names a speaker once
/// and then says "she", "the diplomat", or nothing at all for the quotes that follow.
struct QuoteExtractor: Sendable {
    let paragraphs: [ParagraphText]
    var table: ActorTable
    var lastSpeaker: (actor: Int, paragraph: Int)?
    /// The last speaker that is no actor ("the letter", "a spokeswoman"), which what follows in its paragraph
    /// or the next may continue.
    var unnamedSpeaker: (name: String, paragraph: Int, end: Int)?
    /// Whom a paragraph ending "The Coastal Herald reports:" introduces as the speaker of the next one.
    var introduced: (name: String, paragraph: Int)?
    /// Where the last reported clause taken as a quote ends: the quotations woven into it are part of it.
    var wovenUntil: (paragraph: Int, token: Int)?

    init(paragraphs: [ParagraphText], table: ActorTable) {
        self.paragraphs = paragraphs
        self.table = table
    }

    mutating func extract() -> [Quote] {
        var quotes: [Quote] = []
        for paragraph in paragraphs where !paragraph.isHeading {
            let finder = AttributionFinder(paragraph: paragraph)
            var previousEnd = 0
            var spanIndex = 0
            // Reported speech outside quotation marks also tells who is speaking.
            for range in paragraph.sentenceRanges {
                while spanIndex < paragraph.quotes.count, paragraph.quotes[spanIndex].open < range.upperBound {
                    let span = paragraph.quotes[spanIndex]
                    if let quote = quote(span, in: paragraph, finder: finder, since: previousEnd) { quotes.append(quote) }
                    previousEnd = min(span.close + 1, paragraph.tokens.count)
                    spanIndex += 1
                }
                if !paragraph.quotes.contains(where: { range.contains($0.open) }), !noteIntroduction(in: range, paragraph: paragraph, finder: finder) {
                    noteRoleSubject(in: range, paragraph: paragraph)
                    noteReportedSpeech(in: range, paragraph: paragraph, finder: finder)
                }
            }
        }
        return quotes
    }

    private mutating func quote(_ span: QuoteSpan, in paragraph: ParagraphText, finder: AttributionFinder, since start: Int) -> Quote? {
        let tokens = paragraph.tokens
        let inner = span.inner
        guard !inner.isEmpty else { return nil }
        if let wovenUntil, wovenUntil.paragraph == paragraph.index, span.open < wovenUntil.token { return nil }
        let insideAttributions = finder.inside(span).filter { !$0.isTranscriptLabel || namesAPerson($0, in: paragraph) }
        let cuts = insideAttributions.compactMap(\.cut)
        let words = inner.filter { i in tokens[i].kind == .word && !cuts.contains(where: { $0.contains(i) }) }.map { tokens[$0] }
        var afterAttribution = finder.after(span)
        let beforeAttribution = finder.before(span, since: start)
        // "…a nationwide “walk-in” at 2,000 schools, according to the organizers.": the sentence is the source's.
        var woven: Range<Int>?
        if insideAttributions.isEmpty, afterAttribution == nil, beforeAttribution == nil, let according = finder.accordingToAfter(span),
            let from = according.attribution.reportedFrom, from < span.open || according.clauseEnd > span.close + 1
        {
            afterAttribution = according.attribution
            woven = from..<according.clauseEnd
        }
        let attributed = !insideAttributions.isEmpty || afterAttribution != nil || beforeAttribution != nil
        // "“It's heartbreaking,” Ryan said.": a short quote is still a quote when a speaker follows it.
        // With the comma outside the marks, as British and European copy writes it: "“We will”, she said".
        let opensSentence = span.open == 0 || tokens[span.open - 1].endsSentence
        let spoken = afterAttribution != nil && span.close > span.open + 1
            && ([",", "!", "?"].contains(tokens[span.close - 1].text)
                || opensSentence && span.close + 1 < tokens.count && tokens[span.close + 1].isPunctuation(","))
        // "“Enough,” she said, “is enough.”": the rest of a quotation the attribution broke off.
        let resumed = beforeAttribution != nil && start > 0 && span.open - start <= 6 && tokens[span.open - 1].isPunctuation(",")
            && words.first.map { !$0.isCapitalized } == true
        // A name beats a role noun, and a role noun beats a pronoun.
        let candidates = insideAttributions + [afterAttribution, beforeAttribution].compactMap { $0 }
        let subject = candidates.isEmpty ? sentenceSubject(of: span, in: paragraph) : nil
        // "She said the plan was “a disaster” for the city": the quoted words are part of what she said.
        if woven == nil, insideAttributions.isEmpty, afterAttribution == nil {
            if let from = beforeAttribution?.reportedFrom {
                woven = wovenClause(span, from: from, in: paragraph)
            } else if let subject {
                woven = wovenClause(span, from: subject.verbEnd, objectFirst: true, in: paragraph)
            }
        }
        // "said on Tuesday on the station's “Morning Hour.”": a title inside reported speech is named, not said.
        if woven == nil, let from = beforeAttribution?.reportedFrom, from < span.open, !spoken,
            !tokens[span.open - 1].isPunctuation(":"), !tokens[span.open - 1].isPunctuation(","), Self.isTitle(words)
        {
            return nil
        }
        // "…,” Ann Lee told the BBC. “Nobody asked us.”": a whole sentence in its own marks, capitalized and
        // ended inside them, is said however short.
        let sentence = words.first?.isCapitalized == true && tokens[inner.upperBound - 1].endsSentence && opensSentence
        guard woven != nil || spoken || resumed || Self.isQuotation(words: words, attributed: attributed, sentence: sentence) else { return nil }
        let ranked = candidates.sorted { Self.rank($0.form) < Self.rank($1.form) }
        var speaker: String?
        var cue = candidates.first?.cue
        for attribution in ranked {
            if let resolved = resolve(attribution, in: paragraph) {
                speaker = resolved
                cue = attribution.cue ?? cue
                break
            }
        }
        if speaker == nil, candidates.isEmpty, span.open == 0, let introduced, introduced.paragraph == paragraph.index - 1 {
            speaker = introduced.name
        } else if speaker == nil, let subject {
            // "Norway branded the regime an “outlaw state”": words woven into a sentence are its subject's.
            speaker = table.entries[subject.actor].name
            cue = tokens[subject.verbEnd - 1].lower
            if table.entries[subject.actor].kind == .person { lastSpeaker = (subject.actor, paragraph.index) }
        } else if speaker == nil, candidates.isEmpty, let unnamed = continuingUnnamed(paragraph: paragraph.index, token: span.open) {
            // "“…,” the letter reads. “…”": the same voice goes on.
            speaker = unnamed
        } else if speaker == nil, candidates.isEmpty, let fallback = continuingSpeaker(paragraph: paragraph.index, token: span.open) {
            speaker = table.entries[fallback].name
            lastSpeaker = (fallback, paragraph.index)
        }
        if let woven {
            wovenUntil = (paragraph.index, woven.upperBound)
            return Quote(text: Self.trimEdges(paragraph.text(from: woven.lowerBound, through: woven.upperBound - 1)), speaker: speaker, cue: cue, paragraph: paragraph.index)
        }
        return Quote(text: text(of: span, in: paragraph, cuts: cuts), speaker: speaker, cue: cue, paragraph: paragraph.index)
    }

    /// The actor named first in the sentence around a quotation that opens inside it, when a verb follows
    /// the name: "Norway branded the regime an “outlaw state”".
    private func sentenceSubject(of span: QuoteSpan, in paragraph: ParagraphText) -> (actor: Int, verbEnd: Int)? {
        let tokens = paragraph.tokens
        let sentence = tokens[span.open].sentence
        var start = span.open
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        func firstComma(from i: Int) -> Int? { (i..<span.open).first { tokens[$0].isPunctuation(",") && tokens[$0].quoteDepth == 0 } }
        // "At a rally in Ohio, Hale called…", "Giving a speech, Hale called…": an opening phrase and its comma.
        if tokens[start].kind == .word, Self.openingPhraseWords.contains(tokens[start].lower) || tokens[start].lower.hasSuffix("ing"),
            let comma = firstComma(from: start)
        {
            start = comma + 1
        }
        // "Another critic, Ann Cole, likened…": a describing phrase before the name and its commas.
        var described = false
        if ["another", "a", "an", "one"].contains(tokens[start].lower), let comma = firstComma(from: start), comma - start <= 4 {
            start = comma + 1
            described = true
        }
        guard span.open > start + 2,
            let subject = table.mentions(inParagraph: paragraph.index).first(where: { $0.token == start && !$0.inQuote })
        else { return nil }
        // The verb in the past right after the name, across an appositive, an adverb or an auxiliary:
        // "Hale, a critic, likened", "Hale cynically dismissed", "Hale has branded". "Hale aides called…"
        // and "The Hale campaign called…" are not Hale's words.
        var verb = subject.end
        if described, verb < span.open, tokens[verb].isPunctuation(",") {
            verb += 1
        } else if verb < span.open, tokens[verb].isPunctuation(","), let close = (verb + 1..<span.open).first(where: { tokens[$0].isPunctuation(",") }),
            close - verb <= 8
        {
            verb = close + 1
        }
        if verb < span.open, ["has", "have", "had"].contains(tokens[verb].lower) { verb += 1 }
        if verb < span.open, tokens[verb].lower.hasSuffix("ly"), tokens[verb].kind == .word { verb += 1 }
        guard verb < span.open - 1, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
            tokens[verb].lower.hasSuffix("ed"), !Self.institutionNouns.contains(tokens[verb].lower)
        else { return nil }
        // Right after the name any verb in the past will do ("Norway branded…"); further on, only one that
        // passes judgement in words ("Hale cynically dismissed…", not "T-Mobile has launched its “…”").
        guard verb == subject.end || Self.judgingVerbs.contains(tokens[verb].lower) else { return nil }
        return (subject.actor, verb + 1)
    }

    /// Verbs that pass judgement in words, whose object the quoted words describe.
    static let judgingVerbs: Set<String> = [
        "called", "branded", "dubbed", "labelled", "labeled", "described", "hailed", "praised", "criticised", "criticized", "condemned",
        "accused", "dismissed", "likened", "compared", "blasted", "slammed", "attacked", "denounced", "mocked", "termed",
        "characterised", "characterized", "welcomed", "rejected", "lambasted", "derided", "decried", "ridiculed", "applauded",
    ]

    /// Prepositions that open a phrase of time or place before a sentence's subject.
    static let openingPhraseWords: Set<String> = ["at", "in", "on", "during", "after", "before", "earlier", "later", "speaking", "with"]

    private static func rank(_ form: Attribution.Form) -> Int {
        switch form {
        case .name: return 0
        case .definiteRole: return 1
        case .indefiniteRole: return 2
        case .pronoun: return 3
        }
    }

    /// Scare quotes (“Islamic state”) and titles are not quotations: too short, or all capitalized. A
    /// short one is, when a speaker is named for it or it is a whole `sentence` of its own.
    static func isQuotation(words: [Token], attributed: Bool, sentence: Bool) -> Bool {
        if words.count >= 4 {
            // Titles ("State of the Union") are named, not spoken; a speaker right after the quote decides.
            return !isTitle(words)
        }
        return words.count == 3 && attributed || sentence && !words.isEmpty && !isTitle(words)
    }

    /// The words inside the marks, with any attribution cut out and marked by an ellipsis.
    private func text(of span: QuoteSpan, in paragraph: ParagraphText, cuts: [Range<Int>]) -> String {
        var pieces: [String] = []
        var from = span.inner.lowerBound
        for cut in cuts.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if cut.lowerBound > from { pieces.append(paragraph.text(from: from, through: cut.lowerBound - 1)) }
            from = cut.upperBound
        }
        if from < span.inner.upperBound { pieces.append(paragraph.text(from: from, through: span.inner.upperBound - 1)) }
        let cleaned = pieces.map(Self.trimEdges).filter { !$0.isEmpty }
        return cleaned.joined(separator: " … ")
    }

    static func trimEdges(_ text: String) -> String {
        func strip(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case " ", ",", ";", "\u{2013}", "\u{2014}", "-": return true
            default: return false
            }
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !strip($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !strip($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
