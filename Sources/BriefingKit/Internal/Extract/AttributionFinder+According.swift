extension AttributionFinder {
    /// The source after "according to" at `i`, its words up to `limit` and within `window` tokens of
    /// `i`, and where the reading stopped.
    func accordingToSource(at i: Int, limit: Int, window: Int) -> (source: Range<Int>, end: Int) {
        var r = i + 2
        while r < limit, r - i < window, tokens[r].kind == .word || tokens[r].kind == .possessive { r += 1 }
        return (trimmedSpeaker((i + 2)..<r), r)
    }

    /// "More than 100,000 people joined a “walk-in” at 2,000 schools, according to the organizers.": a
    /// source named after the sentence's words. The attribution's `reportedFrom` is where the sentence
    /// starts, and `clauseEnd` the comma before "according".
    func accordingToAfter(_ span: QuoteSpan) -> (attribution: Attribution, clauseEnd: Int)? {
        guard span.isClosed else { return nil }
        let sentence = tokens[span.open].sentence
        var k = span.close + 1
        while k + 2 < tokens.count, tokens[k].sentence == sentence {
            defer { k += 1 }
            guard tokens[k].quoteDepth == 0, tokens[k].lower == "according", tokens[k + 1].lower == "to", tokens[k - 1].isPunctuation(",") else { continue }
            let (np, r) = accordingToSource(at: k, limit: tokens.count, window: 12)
            // The source ends the sentence.
            guard r == tokens.count || tokens[r].endsSentence || tokens[r].sentence != sentence else { return nil }
            guard let form = Attribution.form(of: np, in: tokens) else { return nil }
            var start = span.open
            while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
            return (Attribution(speaker: np, form: form, cue: "according to", reportedFrom: start), k - 1)
        }
        return nil
    }
}
