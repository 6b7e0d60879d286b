/// The shapes of single words that the actor finder reads names by: titles, initials, particles.
extension ActorFinder {
    /// A title word: "Minister", or an abbreviation with its full stop ("Rev. Amos Reed", "Del. Nora
    /// Vance"), which the tokenizer keeps apart from the word.
    static func isTitle(_ tokens: [Token], _ i: Int) -> Bool {
        let lower = tokens[i].lower
        if Lexicon.titles.contains(lower) { return true }
        return i + 1 < tokens.count && tokens[i + 1].isPunctuation(".") && tokens[i + 1].start == tokens[i].end
            && Lexicon.titles.contains(lower + ".")
    }

    /// "State Department", "Foreign Ministry", "National Assembly": capitalized title words before an
    /// institution's head word open the institution's name; they are nobody's title.
    static func namesInstitution(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, tokens[i].isCapitalized, Lexicon.titles.contains(tokens[i].lower) { i += 1 }
        return i > start && i < end && tokens[i].isCapitalized && Lexicon.publicBodyHeads.contains(tokens[i].lower)
    }

    /// True when every word is one news writes in lower case and none is a given name.
    static func isOrdinaryWords(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { $0.kind != .word || Lexicon.commonWords.contains($0.lower) && !Lexicon.givenNames.contains($0.lower) }
            && tokens.contains { $0.kind == .word }
    }

    /// "F.", "I.": a capital letter and a full stop.
    static func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[0].properties.isUppercase && scalars[1] == "."
    }

    /// "Ki-moon" after "Ban": a capitalized word with a lower-case part after a hyphen, which the tagger
    /// has rarely seen but which is no ordinary word.
    static func isHyphenatedNamePart(_ token: Token) -> Bool {
        // The hyphen is searched by bytes: this runs for every capitalized word.
        guard token.isCapitalized, let dash = token.text.utf8.firstIndex(of: UInt8(ascii: "-")), !Lexicon.commonWords.contains(token.lower)
        else { return false }
        let after = token.text[token.text.utf8.index(after: dash)...]
        return after.first?.isLowercase == true && !Lexicon.demonyms.contains(String(after)) && !Lexicon.commonWords.contains(String(after))
    }

    /// "al-Assad", "bin-Laden": a lower-case particle joined to a capitalized name.
    static func isParticleName(_ word: String) -> Bool {
        guard let dash = word.utf8.firstIndex(of: UInt8(ascii: "-")), Lexicon.nameParticles.contains(String(word[..<dash]).lowercased())
        else { return false }
        return word[word.utf8.index(after: dash)...].first?.isUppercase == true
    }

    /// Whether the words from `start` to the end of the run go on naming an organization: "First Bank
    /// System Inc", "News Agency of Nigeria" are one name, where "Foreign Ministry Maria Zakharova" is two.
    static func continuesOrganization(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        (start..<end).contains { Lexicon.organizationHeads.contains(tokens[$0].lower) || Lexicon.corporateDesignators.contains(tokens[$0].lower) }
    }

    /// "the official newspaper Harbour Lantern", "Vale Courier daily said": a common noun for an organization
    /// right before or after the name, in lower case.
    static func hasOrganizationNounBeside(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        return [before, after].contains { token in
            guard let token, token.kind == .word, !token.isCapitalized else { return false }
            return Lexicon.organizationNouns.contains(token.lower)
        }
    }

    /// No capital letter anywhere but at the start of a first word such as "It" or "The".
    static func namesNothing(_ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        // Only a function word: "Young said he was delighted" opens with a common word and a name.
        guard let first = sentence.first(where: { tokens[$0].kind == .word }), Lexicon.isFunctionWord(tokens[first].lower) else { return false }
        for i in sentence where i != first && tokens[i].kind == .word {
            if tokens[i].text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= 0x80 }) { return false }
        }
        return true
    }

    /// "Vance, 45, takes on…": an age between commas after a name is a person's.
    static func hasAgeAfter(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let i = range.upperBound
        guard i + 2 < tokens.count, tokens[i].isPunctuation(","), tokens[i + 2].isPunctuation(","), let age = Int(tokens[i + 1].text) else { return false }
        return (1...110).contains(age)
    }

    /// "First" capitalized inside a sentence opens a company's name ("First Union", "First Chicago").
    static func isNameOpener(_ tokens: [Token], _ i: Int, initial: Bool) -> Bool {
        !initial && tokens[i].isCapitalized && tokens[i].lower == "first"
    }

    /// "Tarnford-based", "Harvard-educated": a description before a name, not part of it.
    static func isDescriptiveCompound(_ lower: String) -> Bool {
        guard let dash = lower.lastIndex(of: "-") else { return false }
        return ["based", "born", "led", "backed", "owned", "run", "controlled", "registered", "educated", "listed"].contains(lower[lower.index(after: dash)...])
    }

    /// The gender of an honorific right before the token at `i`, its full stop aside: "Mr. Obama",
    /// "Mrs Vale", "Sir Ian".
    static func honorific(before i: Int, in tokens: [Token]) -> Lexicon.Gender? {
        var j = i - 1
        if j > 0, tokens[j].isPunctuation("."), tokens[j].start == tokens[j - 1].end { j -= 1 }
        guard j >= 0, tokens[j].kind == .word, tokens[j].isCapitalized else { return nil }
        return Lexicon.honorifics[tokens[j].lower.hasSuffix(".") ? String(tokens[j].lower.dropLast()) : tokens[j].lower]
    }

    /// The insides of the paragraph's quotation marks that hold a title rather than speech: up to eight words,
    /// each capitalized but for short function words ("Lawrence of Arabia", "The Decaying Mansion"), with
    /// no sentence ending inside.
    static func quotedTitles(in paragraph: ParagraphText) -> [Range<Int>] {
        let tokens = paragraph.tokens
        return paragraph.quotes.compactMap { span in
            guard span.isClosed else { return nil }
            let inner = span.inner
            let words = inner.filter { tokens[$0].kind == .word }
            guard (1...8).contains(words.count), !inner.contains(where: { tokens[$0].endsSentence || tokens[$0].isPunctuation("!") }),
                words.allSatisfy({ tokens[$0].isCapitalized || Lexicon.isFunctionWord(tokens[$0].lower) }),
                tokens[words[0]].isCapitalized
            else { return nil }
            return inner
        }
    }

    /// Lower-case nouns after a name that make it a place's: "Charles de Gaulle airport".
    static let placeNouns: Set<String> = ["airport", "stadium", "airbase", "station", "bridge", "square"]
}

