extension AttributionFinder {
    /// The proper name opening the clause that ends at `verb`: "Roe sings to Hale before asking her".
    func clauseSubject(from start: Int, before verb: Int) -> Range<Int>? {
        var begin = start
        while begin < verb, tokens[begin].kind != .word || tokens[begin].quoteDepth > 0 { begin += 1 }
        // "On September 27 they published…": a sentence opening with a preposition has its subject later.
        guard begin < verb, !Lexicon.isFunctionWord(tokens[begin].lower) else { return nil }
        var end = begin
        while end < verb, tokens[end].isCapitalized, tokens[end].kind == .word { end += 1 }
        guard end > begin, Attribution.form(of: begin..<end, in: tokens) == .name else { return nil }
        return begin..<end
    }

    /// Whether the verb at `verb` follows a relative pronoun (across auxiliaries): "a woman who
    /// suggested", "the group, which has said".
    func isRelativeClause(verb: Int, from start: Int) -> Bool {
        var end = verb
        while end > start, Lexicon.auxiliaries.contains(tokens[end - 1].lower) { end -= 1 }
        return end > start && Self.relativePronouns.contains(tokens[end - 1].lower)
    }

    static let relativePronouns: Set<String> = ["who", "which", "whom", "whose", "that"]

    /// The subject right before a reporting verb, across auxiliaries: "Zakharova has repeatedly stated".
    func subject(before verb: Int, from start: Int) -> (range: Range<Int>, form: Attribution.Form)? {
        var end = verb
        while end > start, Lexicon.auxiliaries.contains(tokens[end - 1].lower) { end -= 1 }
        // "Roe sings to Hale before asking her": a participle after "before" or "while" has the
        // clause's subject.
        if end > start, ["before", "after", "while", "when", "by", "without"].contains(tokens[end - 1].lower), tokens[verb].lower.hasSuffix("ing"),
            let subject = clauseSubject(from: start, before: verb)
        {
            return (subject, .name)
        }
        // "The mayor met shop owners and promised…", "Roe led the tributes, saying…": a verb joined by
        // "and", or a participle after a comma, has the sentence's first verb's subject, and the words
        // between the two verbs are no speaker.
        if end > start, ["and", "but"].contains(tokens[end - 1].lower) || tokens[end - 1].isPunctuation(",") && tokens[verb].lower.hasSuffix("ing") {
            let sentence = tokens[verb].sentence
            var from = start
            while from < end, tokens[from].sentence != sentence { from += 1 }
            // "After Jones resigned, the board met and said": an opening clause has a subject of its own.
            if from < end, Self.subordinators.contains(tokens[from].lower), let comma = (from..<(end - 1)).first(where: { tokens[$0].isPunctuation(",") }) {
                from = comma + 1
            }
            guard let first = (from..<(end - 1)).first(where: { isFiniteVerb($0) }),
                let subject = subject(before: first, from: start),
                !tokens[subject.range].contains(where: { Lexicon.auxiliaries.contains($0.lower) })
            else { return nil }
            return subject
        }
        // "Ann Cole, the campaign's press secretary, noted": the name before the appositive.
        if end > start, tokens[end - 1].isPunctuation(","), let name = nameBeforeAppositive(endingAt: end - 1, from: start) {
            return (name, .name)
        }
        // "Sen. Ann Cole (D-Ohio) said": the brackets are not part of the name.
        if end > start, tokens[end - 1].isPunctuation(")") {
            var open = end - 2
            while open > start, end - open <= 8, !tokens[open].isPunctuation("(") { open -= 1 }
            if open > start, tokens[open].isPunctuation("(") { end = open }
        }
        guard end > start else { return nil }
        // Try the longest phrase that still reads as a speaker.
        var best: (Range<Int>, Attribution.Form)?
        var begin = end - 1
        // "A spokeswoman for the Harbour Trust said": a proper name after a preposition is the complement
        // of a longer phrase, and only a role ending in it is a longer speaker.
        var pastComplement = false
        while begin >= start, end - begin <= 8, isPhraseToken(begin) {
            let complement = !pastComplement && begin > start && ["of", "for", "at", "with", "from"].contains(tokens[begin - 1].lower)
                && tokens[begin..<end].allSatisfy { $0.isCapitalized || $0.kind == .possessive || $0.lower == "the" }
            if let form = Attribution.form(of: begin..<end, in: tokens), !pastComplement || form == .definiteRole || form == .indefiniteRole
                || form == .name && tokens[begin..<end].allSatisfy({ $0.isCapitalized || $0.kind == .possessive || Lexicon.nameConnectors.contains($0.lower) })
            {
                if form == .name, begin < end - 1, !tokens[begin].isCapitalized, !complement { break }
                // "Mr Vance is accused of", "the board had voted": a clause, not a name, and no longer phrase is one.
                if form == .name, tokens[begin..<end].contains(where: { isClauseWord($0) }) { break }
                best = (begin..<end, form)
            }
            pastComplement = pastComplement || complement
            // "In a note to his deputy he wrote": a pronoun right before the verb is the subject, whatever precedes it.
            if best?.1 == .pronoun { break }
            if ["the", "a", "an", "as", "while", "when", "and", "but", "that"].contains(tokens[begin].lower) && best != nil && !complement { break }
            begin -= 1
        }
        guard var (range, form) = best else { return nil }
        // "The Harbour Council on Thursday said": the name ends before its time.
        if form == .name, let cut = range.dropFirst().first(where: {
            ["on", "in", "at", "this", "last"].contains(tokens[$0].lower) && $0 + 1 < range.upperBound
                && (Lexicon.weekdays[tokens[$0 + 1].lower] != nil || Lexicon.months[tokens[$0 + 1].lower] != nil)
        }) {
            range = range.lowerBound..<cut
        }
        // "While Zakharova pointed out": the sentence's opening word is not part of the name.
        while range.count > 1, Lexicon.isFunctionWord(tokens[range.lowerBound].lower), !Attribution.roleOpeners.contains(tokens[range.lowerBound].lower) {
            range = (range.lowerBound + 1)..<range.upperBound
            form = Attribution.form(of: range, in: tokens) ?? form
        }
        return (range, form)
    }

    /// A lower-case word that no name holds: an auxiliary ("is", "had") or a function word other than a
    /// name's connectors ("to", "as", "by").
    private func isClauseWord(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        return Lexicon.auxiliaries.contains(token.lower) || Lexicon.isFunctionWord(token.lower) && !Lexicon.nameConnectors.contains(token.lower)
    }

    /// Words that open a clause before the main one: "After Jones resigned, the board met".
    static let subordinators: Set<String> = ["after", "when", "because", "if", "while", "as", "since", "although", "though", "before", "once", "until"]

    /// A lower-case verb that can be a sentence's first: a reporting verb, or one in the past ("outlined", "took").
    func isFiniteVerb(_ i: Int) -> Bool {
        let t = tokens[i]
        guard i > 0, t.kind == .word, !t.isCapitalized, t.quoteDepth == 0, !isNoun(i) else { return false }
        return verbEnd(at: i) != nil || Lexicon.isPastForm(t.lower)
    }

    /// With the comma closing an appositive at `comma` ("Ann Cole, the press secretary, noted"),
    /// the proper name the appositive describes.
    func nameBeforeAppositive(endingAt comma: Int, from start: Int) -> Range<Int>? {
        var open = comma - 1
        while open > start, comma - open <= 16, !tokens[open].isPunctuation(",") {
            if tokens[open].kind == .quote || tokens[open].endsSentence { return nil }
            open -= 1
        }
        guard open > start, tokens[open].isPunctuation(","), open + 1 < comma else { return nil }
        // "The founder of Brightwell, Helen Osei, said": the appositive came first, and the name
        // between the commas, opening with a given name or a title ("Dr Ann Cole"), is the subject.
        let between = (open + 1)..<comma
        if between.count >= 2, Lexicon.givenNames.contains(tokens[open + 1].lower) || ActorFinder.isTitle(tokens, open + 1),
            tokens[between].allSatisfy({ $0.isCapitalized || $0.isPunctuation(".") }), Attribution.form(of: between, in: tokens) == .name
        {
            return between
        }
        var begin = open
        while begin > start, open - begin < 5, isPhraseToken(begin - 1), tokens[begin - 1].isCapitalized || tokens[begin - 1].isPunctuation(".") {
            begin -= 1
        }
        guard begin < open, tokens[begin].isCapitalized, Attribution.form(of: begin..<open, in: tokens) == .name else { return nil }
        return begin..<open
    }
}
