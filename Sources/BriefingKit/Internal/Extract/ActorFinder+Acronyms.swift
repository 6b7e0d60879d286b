/// Acronyms the article defines, and whether an acronym spells a run of words.
extension ActorFinder {
    /// "International support group Syria (MGPS)": the acronym and the words before it.
    func acronymDefinitions(in paragraph: ParagraphText) -> [String: String] {
        let tokens = paragraph.tokens
        var out: [String: String] = [:]
        var i = 1
        while i + 2 < tokens.count {
            defer { i += 1 }
            guard tokens[i].isPunctuation("("), tokens[i + 2].isPunctuation(")"), tokens[i + 1].isAcronym,
                tokens[i + 1].text.count <= 8
            else { continue }
            var j = i - 1
            if tokens[j].kind == .quote { j -= 1 }
            var words: [Token] = []
            while j >= 0, words.count < 7, tokens[j].kind == .word {
                let lower = tokens[j].lower
                if lower == "the" || lower == "a" || Lexicon.roleStops.contains(lower) && !["and", "for"].contains(lower) { break }
                words.insert(tokens[j], at: 0)
                j -= 1
            }
            while let first = words.first, !first.isCapitalized { words.removeFirst() }
            guard words.count >= 2 || (words.count == 1 && words[0].text.count > tokens[i + 1].text.count) else { continue }
            // "Michael Johnson (U.S.)" in a results table is a person and his country, not a definition:
            // a person's name defines no acronym, and a well-known one keeps its meaning unless the words
            // spell it.
            let acronym = tokens[i + 1].text
            if Lexicon.givenNames.contains(words[0].lower) || gazetteer.lookup(acronym) != nil, !Self.spells(acronym, words.map(\.lower)) {
                continue
            }
            out[acronym] = words.map(\.text).joined(separator: " ")
        }
        return out
    }

    /// Whether the acronym's letters appear in order in the words, the first at the start of a word
    /// (Schwartz and Hearst's test): "IAEA" in "international atomic energy agency".
    static func spells(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        let text = Array(words.joined(separator: " ").unicodeScalars)
        guard let first = letters.first else { return false }
        var t = text.count - 1
        for (k, letter) in letters.enumerated().reversed() {
            while t >= 0, text[t] != letter || (k == 0 && t > 0 && text[t - 1] != " ") { t -= 1 }
            guard t >= 0 else { return false }
            t -= 1
        }
        return letters.count > 1 || text.first == first
    }
}
