/// Capitalized runs of words, the raw material of names, and how a run is split into names and titles.
extension ActorFinder {
    private func isNameToken(_ t: Token) -> Bool {
        // The shape is cheap and rules out most words; the lexicons are asked only about the rest.
        guard t.kind == .word, t.isCapitalized || t.isAcronym || Self.isParticleName(t.text) else { return false }
        return !Lexicon.months.keys.contains(t.lower) && !Lexicon.weekdays.keys.contains(t.lower)
    }

    /// Sentences written all in capitals, as wire headlines are.
    static func allCapitalSentences(_ paragraph: ParagraphText) -> Set<Int> {
        // Per sentence: bit 1, a lower-case letter seen; bit 2, an upper-case one.
        var seen: [UInt8] = []
        for token in paragraph.tokens where token.kind == .word {
            var letters: UInt8 = 0
            if token.text.utf8.allSatisfy({ $0 < 0x80 }) {
                for b in token.text.utf8 {
                    if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                        letters |= 1
                    } else if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                        letters |= 2
                    }
                }
            } else {
                for s in token.text.unicodeScalars {
                    if s.properties.isLowercase { letters |= 1 } else if s.properties.isUppercase { letters |= 2 }
                }
            }
            guard letters != 0 else { continue }
            if token.sentence >= seen.count { seen += repeatElement(0, count: token.sentence + 1 - seen.count) }
            seen[token.sentence] |= letters
        }
        return Set(seen.indices.filter { seen[$0] == 2 })
    }

    /// The names of the paragraph's capitalized runs. A run whose every token is `covered` (by the
    /// tagger's names) is not read: each of its names would overlap one already found.
    func runCandidates(in paragraph: ParagraphText, covered: [Bool]) -> [Candidate] {
        let tokens = paragraph.tokens
        var out: [Candidate] = []
        var i = 0
        while i < tokens.count {
            guard isNameToken(tokens[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count {
                if isNameToken(tokens[end]) {
                    end += 1
                } else if tokens[end].isPunctuation("."), tokens[end].start == tokens[end - 1].end, end + 1 < tokens.count,
                    isNameToken(tokens[end + 1]), Lexicon.titles.contains(tokens[end - 1].lower + ".")
                {
                    // "Rep. Ada Brook", "Gov. Paul Vale": the title's full stop does not end the name.
                    end += 1
                } else if tokens[end].kind == .word, Lexicon.nameConnectors.contains(tokens[end].lower),
                    end + 1 < tokens.count, isNameToken(tokens[end + 1]),
                    tokens[end].lower != "the" || tokens[end - 1].lower == "of",
                    // "Ada Brook and Rufus Vale" are two people; "Bosnia and Herzegovina" is one place
                    // and "Department of Health and Human Services" one organization.
                    !["and", "&"].contains(tokens[end].lower)
                        || (i..<min(tokens.count, end + 4)).contains(where: { Lexicon.organizationHeads.contains(tokens[$0].lower) })
                        || gazetteer.lookup(tokens[end - 1].text + " and " + tokens[end + 1].text) != nil
                {
                    end += 2
                } else {
                    break
                }
            }
            var start = i
            // "Russian foreign Ministry", "UN security Council": lower-cased words inside an organization's name.
            if Lexicon.organizationHeads.contains(tokens[i].lower) {
                let organization = organizationStart(paragraph, head: i)
                if organization < i {
                    // Re-read the run before it together with this one.
                    out.removeAll { $0.token >= organization }
                    start = organization
                }
            }
            // A run of a dozen capitalized words is a headline or a list, not a name.
            if end - start <= 12, (start..<end).contains(where: { !covered[$0] }) {
                out += segment(paragraph, run: start..<end)
            }
            i = end
        }
        return out
    }

    /// Where an organization whose head word is at `head` starts, across up to two lower-case words:
    /// "Russian foreign Ministry", "UN security Council".
    func organizationStart(_ paragraph: ParagraphText, head: Int) -> Int {
        let tokens = paragraph.tokens
        var j = head - 1
        var gap = 0
        while j >= 0, gap < 2, tokens[j].kind == .word, !tokens[j].isCapitalized, !Lexicon.isFunctionWord(tokens[j].lower),
            !Lexicon.roleStops.contains(tokens[j].lower)
        {
            j -= 1
            gap += 1
        }
        guard gap > 0, j >= 0, isNameToken(tokens[j]) else { return head }
        var start = j
        while start > 0, isNameToken(tokens[start - 1]) { start -= 1 }
        return start
    }

    /// "Christian Vale": a word that is a faith's or a people's and also a given name opens the name when
    /// one surname follows it: not a party's word ("Christian Democrats"), a head word, or a word the
    /// article also writes in lower case ("Christian Relief", where the article speaks of relief).
    func isGivenNameBeforeSurname(_ tokens: [Token], _ start: Int, _ last: Int) -> Bool {
        guard last - start == 2, Lexicon.givenNames.contains(tokens[start].lower) else { return false }
        let next = tokens[start + 1]
        let singular = next.lower.hasSuffix("s") ? String(next.lower.dropLast()) : next.lower
        guard next.kind == .word, next.isCapitalized, !next.isAcronym, !Lexicon.partyMembers.contains(singular),
            !Lexicon.commonWords.contains(next.lower), !Lexicon.isHeadWord(next.lower)
        else { return false }
        return !document.writesInLowerCase(next.lower)
    }

    /// Splits a run into titles, well-known names and the rest, and classifies each piece.
    func segment(_ paragraph: ParagraphText, run: Range<Int>, organization: Bool = false) -> [Candidate] {
        let tokens = paragraph.tokens
        // "Labour Day", "Australia Day": a named day, no actor; "Doris Day" is a person.
        if run.count == 2, tokens[run.upperBound - 1].text == "Day", !Lexicon.givenNames.contains(tokens[run.lowerBound].lower),
            Lexicon.commonWords.contains(tokens[run.lowerBound].lower) || gazetteer.lookup(tokens[run.lowerBound].text) != nil
        {
            return []
        }
        var out: [Candidate] = []
        var i = run.lowerBound
        var nameStart: Int?
        var titledBefore = false

        func flushName(upTo end: Int) {
            guard var start = nameStart else { return }
            nameStart = nil
            var last = end
            while start < last, tokens[start].kind != .word { start += 1 }
            while last > start, tokens[last - 1].kind != .word { last -= 1 }
            // Sentence openers and nationality words are not part of a name.
            // "Slovak Republic", "Korean Air": before a head word, the nationality is part of the name.
            let organization = (start..<last).contains { Lexicon.organizationHeads.contains(tokens[$0].lower) }
                || last > start && Lexicon.placeHeads.contains(tokens[last - 1].lower)
            while start < last,
                Lexicon.isFunctionWord(tokens[start].lower) && !(organization && Self.isNameOpener(tokens, start, initial: isSentenceInitial(tokens, start)))
                    // "captain Will Carling": a capitalized "Will" inside a sentence, before a surname, is a given name.
                    && !(last - start >= 2 && tokens[start].lower == "will" && tokens[start].isCapitalized && !isSentenceInitial(tokens, start))
                    || (!organization && Lexicon.demonyms.contains(tokens[start].lower) && !isGivenNameBeforeSurname(tokens, start, last))
                    || Self.isDescriptiveCompound(tokens[start].lower)
                    || (isSentenceInitial(tokens, start)
                        && (Lexicon.sentenceStarters.contains(tokens[start].lower) || Lexicon.commonWords.contains(tokens[start].lower)))
            {
                start += 1
            }
            while last > start, Lexicon.nameConnectors.contains(tokens[last - 1].lower) { last -= 1 }
            guard start < last else { return }
            if let candidate = classify(paragraph, range: start..<last, titled: titledBefore) { out.append(candidate) }
            titledBefore = false
        }

        while i < run.upperBound {
            let lower = tokens[i].lower
            if Self.isTitle(tokens, i) && tokens[i].isCapitalized && !tokens[i].isAcronym && !Self.namesInstitution(tokens, from: i, to: run.upperBound) {
                // A title word: everything collected so far that is not a known name belongs to the title.
                if let start = nameStart, !(start..<i).contains(where: { !tokens[$0].isCapitalized }) {
                    let form = paragraph.text(from: start, through: i - 1)
                    if gazetteer.lookup(form) == nil && !Lexicon.givenNames.contains(tokens[start].lower) {
                        nameStart = nil
                    }
                }
                flushName(upTo: i)
                i += 1
                while i < run.upperBound, Lexicon.titles.contains(tokens[i].lower) || tokens[i].isPunctuation(".") { i += 1 }
                // "Minister of China": the country is part of the title, and a place mention of its own.
                if i + 1 < run.upperBound, tokens[i].lower == "of", let match = longestGazetteerMatch(paragraph, at: i + 1, limit: run.upperBound) {
                    out.append(Candidate(form: match.form, kind: match.entry.kind, canonical: match.entry.name, titled: false, paragraph: paragraph.index, token: i + 1, length: match.end - i - 1, strong: true))
                    i = match.end
                }
                titledBefore = true
                continue
            }
            // "Manchester United", "Toronto Stock Exchange": a city opening an organization's name is part of it.
            // "Kansas City", "Orange County": a known place before a place's head word is part of a longer name.
            if nameStart == nil, let match = longestGazetteerMatch(paragraph, at: i, limit: run.upperBound),
                !(organization && match.entry.kind == .place && match.end < run.upperBound),
                // "Santiago de Cuba": a known name followed by a name's particle goes on.
                !(match.end + 1 < run.upperBound && Lexicon.nameParticles.contains(tokens[match.end].lower) && !tokens[match.end].isCapitalized),
                // "Labour Department": one word and a public body's head are one name, not a party and a department.
                !(organization && match.end == i + 1 && match.end + 1 == run.upperBound && Lexicon.publicBodyHeads.contains(tokens[match.end].lower)),
                !(match.entry.kind == .place && match.end < run.upperBound && Lexicon.placeHeads.contains(tokens[match.end].lower))
            {
                // "BBC Two", "BBC Three": ordinary words after a known organization, in the span the tagger
                // gave it, are its desk or channel, no name of their own; "UN Security Council" keeps its council.
                var end = match.end
                if organization, match.entry.kind == .organization, end < run.upperBound,
                    tokens[end..<run.upperBound].allSatisfy({ $0.kind == .word && Lexicon.commonWords.contains($0.lower) && !Lexicon.publicBodyHeads.contains($0.lower) }),
                    // "Meta and Alphabet": a second name, not the first one's desk.
                    !tokens[end..<run.upperBound].contains(where: { $0.lower == "and" })
                {
                    end = run.upperBound
                }
                out.append(Candidate(form: match.form, kind: match.entry.kind, canonical: match.entry.name, titled: false, paragraph: paragraph.index, token: i, length: end - i, strong: true))
                titledBefore = false
                i = end
                continue
            }
            // A given name with a surname after it, or a capital after an organization's head word, starts a
            // new name: "Russian foreign Ministry Maria Zakharova" is an organization and a person. A given
            // name that ends the run is a surname: "Miguel Angel Martin".
            // So does an ordinary word after a full name: "Ada Brook Election Day".
            // A company's legal form ends its name: "Brookline Pharmaceuticals Inc of St. Petersburg".
            if let start = nameStart, i > start, !tokens[i].isCapitalized, Lexicon.corporateDesignators.contains(tokens[i - 1].lower) {
                flushName(upTo: i)
            }
            if let start = nameStart, i > start, tokens[i].isCapitalized,
                Lexicon.givenNames.contains(lower) && i - start >= 2 && !tokens[i].isAcronym && i + 1 < run.upperBound && tokens[i + 1].isCapitalized
                    || Lexicon.organizationHeads.contains(tokens[i - 1].lower) && !Self.continuesOrganization(tokens, from: i, to: run.upperBound)
                    || (i - start >= 2 && Lexicon.givenNames.contains(tokens[start].lower) && Lexicon.commonWords.contains(lower)
                        && !Lexicon.organizationHeads.contains(lower))
            {
                flushName(upTo: i)
            }
            if nameStart == nil { nameStart = i }
            i += 1
        }
        flushName(upTo: run.upperBound)
        return out
    }

    struct GazetteerMatch {
        var entry: Gazetteer.Entry
        var form: String
        var end: Int
    }

    func longestGazetteerMatch(_ paragraph: ParagraphText, at start: Int, limit: Int) -> GazetteerMatch? {
        let tokens = paragraph.tokens
        var end = min(limit, start + gazetteer.longest)
        while end > start {
            if tokens[start..<end].allSatisfy({ $0.kind == .word }) {
                let form = tokens[start..<end].map(\.text).joined(separator: " ")
                if let entry = gazetteer.lookup(form) { return GazetteerMatch(entry: entry, form: form, end: end) }
            }
            end -= 1
        }
        return nil
    }

    /// True for the first word of a sentence, opening quotation marks and dashes aside.
    func isSentenceInitial(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].kind == .quote || tokens[j].kind == .dash { j -= 1 }
        return j < 0 || tokens[j].sentence != tokens[i].sentence || tokens[j].endsSentence
    }
}
