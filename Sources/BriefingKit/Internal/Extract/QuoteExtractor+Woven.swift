extension QuoteExtractor {
    /// The reported clause a quotation is woven into, as a token range of its paragraph: "She said [the
    /// plan was “a disaster” for the city]." Reported speech begins at `start`, right after the verb, or
    /// after its "that". Nil when the quotation stands on its own: nothing of the clause comes before or
    /// after the marks, or a colon, comma or dash introduces it.
    ///
    /// `objectFirst` is for a verb that is not a reporting verb ("branded", "called"): its object must follow
    /// it directly, since "agreed to an interview for “…”" reports nothing.
    func wovenClause(_ span: QuoteSpan, from start: Int, objectFirst: Bool = false, in paragraph: ParagraphText) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard start <= span.open, span.open > 0 else { return nil }
        let sentence = tokens[span.open].sentence
        guard tokens[start..<span.open].allSatisfy({ $0.sentence == sentence && $0.quoteDepth == 0 }) else { return nil }
        var from = start
        // "said during a rally that …", "said via email that, “…”": the reported words begin after "that".
        if let that = (start..<span.open).first(where: { tokens[$0].lower == "that" }) {
            from = that + 1
            if from < span.open, tokens[from].isPunctuation(",") { from += 1 }
        }
        let words = span.inner.filter { tokens[$0].kind == .word }.map { tokens[$0] }
        let leads = tokens[from..<span.open].contains { $0.kind == .word || $0.kind == .number }
        if leads {
            let before = tokens[span.open - 1]
            guard !before.isPunctuation(":"), !before.isPunctuation(","), before.kind != .dash,
                // "In a statement announcing the pick, the union called…": a comma before the quotation
                // leaves the reported words in doubt.
                !tokens[from..<span.open].contains(where: { $0.isPunctuation(",") })
            else { return nil }
        } else if from != span.open {
            return nil
        }
        guard !objectFirst || from != start || !Self.prepositions.contains(tokens[start].lower), !Self.isTitle(words) else { return nil }
        let last = span.isClosed ? span.close : tokens.count - 1
        var end = last
        // "…“the issues in front of you,” though she noted…": a comma inside the closing mark ends it.
        func closesWithComma(_ i: Int) -> Bool { tokens[i].kind == .quote && tokens[i].quoteDepth == 0 && tokens[i - 1].isPunctuation(",") }
        while !(span.isClosed && closesWithComma(end)), end + 1 < tokens.count, tokens[end + 1].sentence == tokens[last].sentence {
            let next = end + 1
            if tokens[next].quoteDepth == 0 {
                // "told the “Morning Show” that …": the reported words are still to come.
                if from == start, tokens[next].lower == "that" { return nil }
                if Self.endsClause(at: next, in: tokens) { break }
                // "…“dead in the water” The council will…": a capitalized function word right after the marks
                // starts a sentence whose full stop was left out; "“sexed up” Iraq's dossier" goes on.
                if tokens[end].kind == .quote, tokens[next].isCapitalized, Lexicon.isFunctionWord(tokens[next].lower) { break }
            }
            end = next
        }
        while end > last, tokens[end].kind == .punctuation, tokens[end].quoteDepth == 0 { end -= 1 }
        // Words after the marks make a clause of a quotation that opens the reported words:
        // "said that “the deal is dead” for now".
        guard leads || tokens[(last + 1)..<(end + 1)].contains(where: { $0.kind == .word || $0.kind == .number }) else { return nil }
        guard end - from < Self.longestWovenClause else { return nil }
        return from..<(end + 1)
    }

    /// After the quoted words, what ends the reported clause: punctuation that opens something else, or the
    /// speaker's next verb ("… “a con” and encouraged voters to …").
    private static func endsClause(at i: Int, in tokens: [Token]) -> Bool {
        let t = tokens[i]
        if t.isPunctuation(",") || t.isPunctuation(":") || t.isPunctuation(";") || t.kind == .dash { return true }
        guard ["and", "but", "or"].contains(t.lower), i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized else { return false }
        let verb = tokens[i + 1].lower
        return verb.hasSuffix("ed") || Lexicon.speechVerbs.contains(verb)
    }

    /// In tokens: longer is a paragraph of reported speech, not a clause.
    static let longestWovenClause = 90

    static let prepositions: Set<String> = ["to", "for", "on", "in", "at", "with", "from", "by", "about", "into", "over", "during", "after", "before"]

    /// A few capitalized words, as a show, a book or a nickname is named: “Morning Joe”, “State of the Union”.
    static func isTitle(_ words: [Token]) -> Bool {
        guard !words.isEmpty, words.count <= 6 else { return false }
        if words.allSatisfy({ $0.isCapitalized || Lexicon.nameConnectors.contains($0.lower) || $0.lower == "a" }) { return true }
        // "Ice Cold in Alex": small words between capitalized ones, the capitalized words that are not small
        // ones themselves ("I", "The") at least half.
        let capitals = words.filter { $0.isCapitalized && !Lexicon.isFunctionWord($0.lower) }.count
        return capitals >= 2 && capitals * 2 >= words.count && words.allSatisfy { $0.isCapitalized || Lexicon.isFunctionWord($0.lower) }
    }
}
