extension ActorFinder {
    /// The title phrase right before a name: "U.S. Secretary of state John Kerry" → "U.S. Secretary of state".
    func roleBefore(_ paragraph: ParagraphText, nameStart: Int) -> String? {
        let tokens = paragraph.tokens
        // "chief executive of Acme Foods", "a surgeon at the Royal Infirmary": the name after the preposition is
        // where the role is held, not who holds it.
        if nameStart > 0, Self.rolePrepositions.contains(tokens[nameStart - 1].lower) { return nil }
        var j = nameStart - 1
        var words: [Int] = []
        while j >= 0, words.count < 10, tokens[j].kind == .word || tokens[j].kind == .possessive {
            let lower = tokens[j].lower
            if lower == "the" {
                // "representative of the Russian foreign Ministry": "the" after "of" is inside the role.
                guard j > 0, tokens[j - 1].lower == "of" || tokens[j - 1].lower == "on" else { break }
            } else if Lexicon.roleStops.contains(lower) || Lexicon.speechVerbs.contains(lower) {
                break
            }
            words.insert(j, at: 0)
            j -= 1
        }
        return rolePhrase(paragraph, words)
    }

    /// A role set off by commas before the name: "a State Department spokesman, Paul Vale, said".
    func roleSetOffBefore(_ paragraph: ParagraphText, nameStart: Int, nameEnd: Int) -> String? {
        let tokens = paragraph.tokens
        guard nameStart >= 2, tokens[nameStart - 1].isPunctuation(","), nameEnd < tokens.count, tokens[nameEnd].isPunctuation(",")
        else { return nil }
        return roleBefore(paragraph, nameStart: nameStart - 1)
    }

    /// An apposition after a name: "John Smith, the company's chief executive, said".
    func roleAfter(_ paragraph: ParagraphText, nameEnd: Int) -> String? {
        let tokens = paragraph.tokens
        guard nameEnd + 1 < tokens.count, tokens[nameEnd].isPunctuation(",") else { return nil }
        var j = nameEnd + 1
        // "Tom Reed, the port manager,": after an article the whole noun phrase is the role.
        let determined = ["the", "a", "an"].contains(tokens[j].lower)
        if determined { j += 1 }
        var words: [Int] = []
        while j < tokens.count, words.count < 12, tokens[j].kind == .word || tokens[j].kind == .possessive {
            if Lexicon.speechVerbs.contains(tokens[j].lower) || ["who", "which", "that", "and", "but"].contains(tokens[j].lower) {
                return nil
            }
            words.append(j)
            j += 1
        }
        guard j < tokens.count, tokens[j].isPunctuation(",") || tokens[j].endsSentence else { return nil }
        return rolePhrase(paragraph, words, wholePhrase: determined)
    }

    /// Trims a candidate phrase to where a role can start, and keeps it only if it names a role.
    private func rolePhrase(_ paragraph: ParagraphText, _ indices: [Int], wholePhrase: Bool = false) -> String? {
        let tokens = paragraph.tokens
        var words = indices
        while let first = words.first {
            let t = tokens[first]
            if (t.isCapitalized && !Lexicon.isFunctionWord(t.lower)) || Lexicon.roleHeads.contains(t.lower)
                || Lexicon.roleModifiers.contains(t.lower) || t.isAcronym || wholePhrase && !Lexicon.isFunctionWord(t.lower)
            {
                break
            }
            words.removeFirst()
        }
        while let last = words.last, ["of", "on", "the", "for"].contains(tokens[last].lower) { words.removeLast() }
        guard let first = words.first, let last = words.last,
            words.contains(where: { Lexicon.roleHeads.contains(tokens[$0].lower) })
        else { return nil }
        return paragraph.text(from: first, through: last)
    }

    static let rolePrepositions: Set<String> = ["of", "at", "for", "with", "from"]
}
