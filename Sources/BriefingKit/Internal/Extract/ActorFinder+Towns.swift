extension ActorFinder {
    /// "Tulsa, Okla.", "Charlotte, North Carolina", "Aleppo, Syria": a name followed by a comma and a
    /// state or a country is a town, whatever the tagger or a given name made of it.
    func markTowns(_ candidates: inout [Candidate], in paragraph: ParagraphText) {
        let tokens = paragraph.tokens
        var abbreviations: Set<Int> = []
        for index in candidates.indices where candidates[index].canonical == nil || candidates[index].kind == .place {
            let comma = candidates[index].token + candidates[index].length
            guard comma + 1 < tokens.count, tokens[comma].isPunctuation(","), tokens[comma + 1].isCapitalized,
                let end = stateOrCountry(tokens, at: comma + 1), end == tokens.count || tokens[end].kind == .punctuation
            else { continue }
            // "talks with Kerry, Russia and Iran", "Vance, Jamaica, 9.81": a list or a results line.
            if end + 1 < tokens.count, tokens[end].isPunctuation(","),
                ["and", "or"].contains(tokens[end + 1].lower) || tokens[end + 1].kind == .number || tokens[end + 1].isCapitalized
            {
                continue
            }
            if end < tokens.count, ["and", "or"].contains(tokens[end].lower) { continue }
            candidates[index].kind = .place
            candidates[index].strong = true
            // "Okla." after the town is the town's address, not a place of its own in the briefing.
            if tokens[end - 1].text.hasSuffix(".") { abbreviations.insert(comma + 1) }
        }
        if !abbreviations.isEmpty { candidates.removeAll { abbreviations.contains($0.token) } }
    }

    /// The index after the state's abbreviation ("Okla.", "N.C.") or the state's or country's name that
    /// starts at `start`, if one does.
    private func stateOrCountry(_ tokens: [Token], at start: Int) -> Int? {
        var words: [String] = []
        /// Where each word ends, so that a name of so many words knows its end.
        var wordEnds: [Int] = []
        var end = start
        // "N.C." may come as "N", ".", "C", "." or as one token: the letters and stops are joined back.
        var spelled = ""
        while end < tokens.count, end - start < 6, tokens[end].kind == .word || tokens[end].isPunctuation("."),
            tokens[end].kind == .word || end > start && tokens[end - 1].end == tokens[end].start
        {
            spelled += tokens[end].text
            end += 1
            if tokens[end - 1].kind == .word {
                words.append(tokens[end - 1].lower)
                wordEnds.append(end)
            }
            if Self.stateAbbreviations.contains(spelled) { return end }
        }
        // Full names of up to three words: "Oklahoma", "North Carolina", "Bosnia and Herzegovina".
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let name = words.prefix(count).joined(separator: " ")
            if gazetteer.countriesAndRegions.contains(name) { return wordEnds[count - 1] }
        }
        return nil
    }

    /// The abbreviations of the American states that news writes after a town's name.
    static let stateAbbreviations: Set<String> = [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.",
        "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.",
        "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
    ]
}
