/// Extracts direct quotations and credits each to the actor who said it.
///
/// Paragraphs are read in order, keeping track of the last speaker, because news names a speaker once
/// and then says "she", "the diplomat", or nothing at all for the quotes that follow.
struct QuoteExtractor: Sendable {
    let paragraphs: [ParagraphText]
    var table: ActorTable
    private var lastSpeaker: (actor: Int, paragraph: Int)?

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
                if !paragraph.quotes.contains(where: { range.contains($0.open) }) {
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
        let insideAttributions = finder.inside(span).filter { !$0.isTranscriptLabel || namesAPerson($0, in: paragraph) }
        let cuts = insideAttributions.compactMap(\.cut)
        let words = inner.filter { i in tokens[i].kind == .word && !cuts.contains(where: { $0.contains(i) }) }
        let afterAttribution = finder.after(span)
        let beforeAttribution = finder.before(span, since: start)
        let attributed = !insideAttributions.isEmpty || afterAttribution != nil || beforeAttribution != nil
        // "“It's heartbreaking,” Ryan said.": a short quote is still a quote when a speaker follows it.
        let spoken = afterAttribution != nil && span.close > span.open + 1
            && [",", "!", "?"].contains(tokens[span.close - 1].text)
        guard spoken || Self.isQuotation(words: words.map { tokens[$0] }, attributed: attributed) else { return nil }

        // A name beats a role noun, and a role noun beats a pronoun.
        let candidates = insideAttributions + [afterAttribution, beforeAttribution].compactMap { $0 }
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
        if speaker == nil, candidates.isEmpty, let subject = sentenceSubject(of: span, in: paragraph) {
            // "Norway branded the regime an “outlaw state”": words woven into a sentence are its subject's.
            speaker = table.entries[subject].name
            if table.entries[subject].kind == .person { lastSpeaker = (subject, paragraph.index) }
        } else if speaker == nil, candidates.isEmpty, let fallback = continuingSpeaker(paragraph: paragraph.index, token: span.open) {
            speaker = table.entries[fallback].name
            lastSpeaker = (fallback, paragraph.index)
        }
        return Quote(text: text(of: span, in: paragraph, cuts: cuts), speaker: speaker, cue: cue, paragraph: paragraph.index)
    }

    /// The actor named first in the sentence around a quotation that opens inside it, when a verb follows
    /// the name: "Norway branded the regime an “outlaw state”".
    private func sentenceSubject(of span: QuoteSpan, in paragraph: ParagraphText) -> Int? {
        let tokens = paragraph.tokens
        let sentence = tokens[span.open].sentence
        var start = span.open
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        // The verb in the past right after the name: "Hale aides called…" and "The Hale campaign
        // called…" are not Hale's words.
        guard span.open > start + 2,
            let subject = table.mentions(inParagraph: paragraph.index).first(where: { $0.token == start && !$0.inQuote }),
            subject.end < span.open - 1, tokens[subject.end].kind == .word, !tokens[subject.end].isCapitalized,
            tokens[subject.end].lower.hasSuffix("ed"), !Self.institutionNouns.contains(tokens[subject.end].lower)
        else { return nil }
        return subject.actor
    }

    private static func rank(_ form: Attribution.Form) -> Int {
        switch form {
        case .name: return 0
        case .definiteRole: return 1
        case .indefiniteRole: return 2
        case .pronoun: return 3
        }
    }

    /// Scare quotes (“Islamic state”) and titles are not quotations: too short, or all capitalized.
    static func isQuotation(words: [Token], attributed: Bool) -> Bool {
        if words.count >= 4 {
            let titleCase = words.count <= 6 && words.allSatisfy { $0.isCapitalized || Lexicon.nameConnectors.contains($0.lower) || $0.lower == "a" }
            // Titles ("State of the Union") are named, not spoken; a speaker right after the quote decides.
            return !titleCase
        }
        return words.count == 3 && attributed
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

    // MARK: Speakers

    /// The actor an attribution names, as a display name; registers the phrase as a mention of it.
    private mutating func resolve(_ attribution: Attribution, in paragraph: ParagraphText) -> String? {
        let tokens = paragraph.tokens
        let surface = paragraph.text(from: attribution.speaker.lowerBound, through: attribution.speaker.upperBound - 1)
        // A person named anywhere in the phrase ("the official representative … Maria Zakharova") is the speaker.
        let named = table.mentions(inParagraph: paragraph.index).last(where: {
            attribution.speaker.contains($0.token) && table.entries[$0.actor].kind == .person
        })
        var actor: Int? = named?.actor
        if actor == nil {
            switch attribution.form {
            case .name:
                let name = surface.lowercased().hasPrefix("the ") ? String(surface.dropFirst(4)) : surface
                actor = table.index(ofForm: name) ?? table.person(matching: name)
                if actor == nil {
                    // A name the actor finder missed: an organization by its words, else a person.
                    let words = name.lowercased().split(separator: " ").map(String.init)
                    let organization = words.contains { Lexicon.organizationHeads.contains($0) } || words.allSatisfy { Lexicon.commonWords.contains($0) }
                    actor = table.entry(named: name, kind: organization ? .organization : .person)
                    table.record(actor!, paragraph: paragraph.index, token: attribution.speaker.lowerBound, end: attribution.speaker.upperBound, inQuote: false)
                }
            case .pronoun:
                actor = continuingSpeaker(
                    paragraph: paragraph.index, token: attribution.speaker.lowerBound,
                    gender: Lexicon.gender(ofPronoun: tokens[attribution.speaker.lowerBound].lower))
            case .definiteRole:
                let head = Attribution.head(of: attribution.speaker, in: tokens)
                if let head, Self.documentNouns.contains(head), let author = table.mentions(inParagraph: paragraph.index).last(where: {
                    attribution.speaker.contains($0.token) && table.entries[$0.actor].kind == .organization
                }) {
                    // "the Acme report stated": a document speaks for the organization that wrote it.
                    actor = author.actor
                } else if let head, Self.institutionNouns.contains(head) {
                    // "the agency said", "the union added": the organization the article last named.
                    actor = organization(named: head, before: paragraph.index, token: attribution.speaker.lowerBound)
                } else {
                    actor = personWithRole(head) ?? continuingSpeaker(paragraph: paragraph.index, token: attribution.speaker.lowerBound)
                }
            case .indefiniteRole:
                if let match = personWithRole(Attribution.head(of: attribution.speaker, in: tokens)) {
                    actor = match
                } else {
                    return surface
                }
            }
            if let actor, attribution.form != .name {
                table.addReference(attribution.form == .pronoun ? surface : surface.lowercased(), to: actor, paragraph: paragraph.index, token: attribution.speaker.lowerBound)
            }
        }
        guard let actor else { return nil }
        lastSpeaker = (actor, paragraph.index)
        return table.entries[actor].name
    }

    /// Whether a transcript's label names someone: a person of the article ("PENCE"), or words that are
    /// no ordinary words ("WALLACE"), unlike "FULL TEXT".
    private func namesAPerson(_ attribution: Attribution, in paragraph: ParagraphText) -> Bool {
        if !paragraph.tokens[attribution.speaker].contains(where: { Lexicon.commonWords.contains($0.lower) }) { return true }
        let name = paragraph.text(from: attribution.speaker.lowerBound, through: attribution.speaker.upperBound - 1)
        guard let index = table.index(ofForm: name) ?? table.person(matching: name) else { return false }
        return table.entries[index].kind == .person
    }

    /// Nouns that stand for an organization rather than a person.
    static let institutionNouns: Set<String> = [
        "agency", "company", "firm", "group", "government", "ministry", "department", "police", "council", "union", "party",
        "commission", "court", "board", "authority", "organization", "organisation", "network", "newspaper", "paper", "station",
        "bank", "university", "school", "hospital", "club", "team", "campaign", "committee", "administration", "office",
        "service", "association", "federation", "institute", "foundation", "charity", "airline", "embassy", "military", "army",
    ]

    /// Nouns for what an organization publishes: its words are the organization's.
    static let documentNouns: Set<String> = [
        "report", "statement", "letter", "study", "survey", "memo", "release", "filing", "complaint", "ruling", "editorial",
        "document", "website", "ad", "advert", "advertisement", "analysis", "announcement", "notice", "guidance",
    ]

    /// The organization last named before a place in the text, preferring one whose name has the noun.
    private func organization(named noun: String, before paragraph: Int, token: Int) -> Int? {
        var fallback: Int?
        for p in stride(from: paragraph, through: max(0, paragraph - 3), by: -1) {
            for mention in table.mentions(inParagraph: p).reversed() where p < paragraph || mention.token < token {
                let entry = table.entries[mention.actor]
                guard entry.kind == .organization else { continue }
                if entry.forms.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(noun)) }) { return mention.actor }
                if fallback == nil { fallback = mention.actor }
            }
        }
        return fallback
    }

    /// The one person whose role has this head noun ("the minister" → the person whose role says minister).
    private func personWithRole(_ head: String?) -> Int? {
        guard let head, head.count > 2 else { return nil }
        let matches = table.entries.indices.filter { index in
            let entry = table.entries[index]
            guard entry.kind == .person, let role = entry.role?.lowercased() else { return false }
            return role.split(separator: " ").contains { $0 == head || $0.hasPrefix(head) && $0.count <= head.count + 1 }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Who a pronoun, a role noun or an unattributed quote most likely refers to: the last speaker when
    /// recent, or else the person last named outside quotation marks.
    private func continuingSpeaker(paragraph: Int, token: Int, gender: Lexicon.Gender? = nil) -> Int? {
        func fits(_ actor: Int) -> Bool {
            // "he" and "she" are people, not the country or agency that spoke last.
            if gender != nil, table.entries[actor].kind != .person { return false }
            guard let gender, let known = table.entries[actor].gender else { return true }
            return known == gender
        }
        // The person last named outside quotation marks, looking back paragraph by paragraph; a sentence's
        // subject (its first person named) is what a pronoun usually continues, not an object after it.
        var recent: ActorTable.Mention?
        var p = paragraph
        while p >= 0, recent == nil, paragraph - p <= 3 || lastSpeaker == nil {
            let candidates = table.mentions(inParagraph: p).filter {
                !$0.inQuote && table.entries[$0.actor].kind == .person && fits($0.actor) && ($0.paragraph < paragraph || $0.token < token)
                    && !namesAnInstitution($0)
            }
            if let last = candidates.last {
                let sentence = paragraphs[p].tokens[last.token].sentence
                let subject = candidates.first { paragraphs[p].tokens[$0.token].sentence == sentence }
                recent = subject ?? last
            }
            p -= 1
        }
        // The last speaker holds the floor unless someone was named after their quote: "Ban Ki-moon
        // condemned the test. “…,” he said" is Ban's, whoever spoke before.
        if let lastSpeaker, paragraph - lastSpeaker.paragraph <= 3, fits(lastSpeaker.actor) {
            guard let recent, recent.paragraph > lastSpeaker.paragraph, recent.actor != lastSpeaker.actor else { return lastSpeaker.actor }
            return recent.actor
        }
        if let recent, paragraph - recent.paragraph <= 3 { return recent.actor }
        if let lastSpeaker, fits(lastSpeaker.actor) { return lastSpeaker.actor }
        return recent?.actor
    }

    /// "the Hale campaign", "the Smith administration": a person's name standing for an institution is
    /// not someone a pronoun can continue.
    private func namesAnInstitution(_ mention: ActorTable.Mention) -> Bool {
        let tokens = paragraphs[mention.paragraph].tokens
        guard mention.end < tokens.count, mention.token > 0, tokens[mention.token - 1].lower == "the" else { return false }
        return Self.institutionNouns.contains(tokens[mention.end].lower)
    }

    /// "This was stated by … Maria Zakharova." makes her the current speaker.
    private mutating func noteReportedSpeech(in range: Range<Int>, paragraph: ParagraphText, finder: AttributionFinder) {
        let tokens = paragraph.tokens
        let people = table.mentions(inParagraph: paragraph.index).filter {
            range.contains($0.token) && !$0.inQuote && table.entries[$0.actor].kind == .person && !namesAnInstitution($0)
        }
        for k in range.reversed() where tokens[k].quoteDepth == 0 {
            guard finder.verbEnd(at: k) != nil else { continue }
            if let subject = finder.subject(before: k, from: range.lowerBound) {
                switch subject.form {
                case .name:
                    // "Roe believes that the Hale campaign…": the subject speaks, and the person after
                    // the verb is what was spoken of; a subject the article never introduced changes nothing.
                    if let named = people.last(where: { subject.range.contains($0.token) }) { lastSpeaker = (named.actor, paragraph.index) }
                case .pronoun, .definiteRole:
                    if let actor = continuingSpeaker(paragraph: paragraph.index, token: k) { lastSpeaker = (actor, paragraph.index) }
                case .indefiniteRole:
                    break
                }
                return
            }
            // "Dorsey said …, arguing that…": a participle without a subject of its own has the clause's.
            if tokens[k].lower.hasSuffix("ing") { continue }
            // "stated by … Maria Zakharova", "said Zakharova": the person nearest the verb is its agent.
            if let nearest = people.min(by: { abs($0.token - k) < abs($1.token - k) }) { lastSpeaker = (nearest.actor, paragraph.index) }
            return
        }
    }
}
