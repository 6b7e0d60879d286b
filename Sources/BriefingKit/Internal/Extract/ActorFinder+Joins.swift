extension ActorFinder {
    /// "Lawrence B. Cummings", "George W. Bush": a given name, one or two initials and a capitalized word
    /// that ends the run are a person's name, whatever the tagger made of them; it reads initials poorly.
    /// A longer run ("John F. Kennedy Airport") and an ordinary word after the initials ("Arthur D.
    /// Little", a firm) are left to the tagger.
    static func joinNamesAroundInitials(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        func token(_ k: Int) -> Token { tokens[sentence.lowerBound + k] }
        var i = 0
        while i + 2 < labels.count {
            defer { i += 1 }
            guard token(i).kind == .word, token(i).isCapitalized, Lexicon.givenNames.contains(token(i).lower) else { continue }
            var last = i + 1
            while last < labels.count, last - i <= 2, isInitial(token(last).text) { last += 1 }
            guard last > i + 1, last < labels.count, token(last).kind == .word, token(last).isCapitalized,
                !isInitial(token(last).text), !Lexicon.isFunctionWord(token(last).lower), !Lexicon.commonWords.contains(token(last).lower),
                last + 1 == labels.count || !(token(last + 1).kind == .word && token(last + 1).isCapitalized)
            else { continue }
            labels[i] = .beginPerson
            for j in (i + 1)...last { labels[j] = .insidePerson }
            // What the tagger's span went on with past the surname is a name of its own.
            if last + 1 < labels.count, labels[last + 1] != .outside, !labels[last + 1].isBegin {
                labels[last + 1] = NERModel.Label(rawValue: labels[last + 1].rawValue - 1)!
            }
            i = last
        }
    }

    /// "New York Mercantile Exchange", "Toronto Stock Exchange": a place the tagger ends right where an
    /// organization ending in its head word begins opens that organization's name.
    static func joinPlaceIntoOrganization(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        let organizations = Dictionary(uniqueKeysWithValues: spans(ofType: 2, in: labels).map { ($0.lowerBound, $0) })
        for place in spans(ofType: 3, in: labels) {
            guard let organization = organizations[place.upperBound],
                Lexicon.organizationHeads.contains(tokens[sentence.lowerBound + organization.upperBound - 1].lower)
            else { continue }
            labels[place.lowerBound] = .beginOrganization
            for j in (place.lowerBound + 1)..<organization.upperBound { labels[j] = .insideOrganization }
        }
    }

    /// "A.G. Edwards & Sons", "Kester & Vale", "Torvik Brightwell & Co": names joined by an ampersand are
    /// one firm, whatever pieces the tagger made of them.
    static func joinAmpersandFirms(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        for k in labels.indices where tokens[sentence.lowerBound + k].text == "&" && k > 0 && k + 1 < labels.count {
            let after = tokens[sentence.lowerBound + k + 1]
            guard after.isCapitalized, tokens[sentence.lowerBound + k - 1].isCapitalized else { continue }
            let before = tokens[sentence.lowerBound + k - 1]
            // "R&B", "Q&A": letters joined as a common abbreviation are no firm.
            guard !Self.ampersandAbbreviations.contains(before.lower + "&" + after.lower) else { continue }
            let firmWord = Self.firmWords.contains(after.lower)
            // "Serbia & Montenegro": places joined are places.
            let named = labels[k - 1] != .outside && labels[k + 1] != .outside && !(labels[k - 1].type == 3 && labels[k + 1].type == 3)
            guard firmWord || labels[k - 1].type == 2 || labels[k + 1].type == 2 || named else { continue }
            // The capitalized words on either side, initials included before the ampersand.
            var start = k - 1
            while start > 0, k - start < 5, isFirmToken(tokens[sentence.lowerBound + start - 1]) { start -= 1 }
            var end = k + 2
            while end < labels.count, end - k < 5, tokens[sentence.lowerBound + end].kind == .word, tokens[sentence.lowerBound + end].isCapitalized { end += 1 }
            // A title or a sentence's function word does not open a firm's name.
            while start < k - 1, Lexicon.isFunctionWord(tokens[sentence.lowerBound + start].lower) || Lexicon.titles.contains(tokens[sentence.lowerBound + start].lower) {
                start += 1
            }
            labels[start] = .beginOrganization
            for j in (start + 1)..<end { labels[j] = .insideOrganization }
            // "Cable & Wireless and NTL": what the tagger's span went on with is a name of its own, from its
            // next capital.
            var rest = end
            while rest < labels.count, labels[rest] != .outside, !labels[rest].isBegin, !tokens[sentence.lowerBound + rest].isCapitalized {
                labels[rest] = .outside
                rest += 1
            }
            if rest < labels.count, labels[rest] != .outside, !labels[rest].isBegin { labels[rest] = NERModel.Label(rawValue: labels[rest].rawValue - 1)! }
        }
    }

    /// "St Mary's Hospital", "St David's Shopping Centre", "Guy's Hospital": a saint's or a given name's
    /// possessive inside the name of a place or an institution, whatever pieces the tagger made of it.
    /// Other possessives ("Britain's Labour Party") stay whose the name is.
    static func joinPossessiveNames(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        let base = sentence.lowerBound
        for k in labels.indices where k > 0 && tokens[base + k].kind == .possessive && tokens[base + k - 1].isCapitalized {
            // The capitalized words after the possessive, ending on an institution's or a place's head word.
            var end = k + 1
            while end < labels.count, end - k <= 3, tokens[base + end].kind == .word, tokens[base + end].isCapitalized { end += 1 }
            guard end > k + 1 else { continue }
            let head = tokens[base + end - 1].lower
            let institution = Lexicon.organizationHeads.contains(head)
            guard institution || Lexicon.placeHeads.contains(head) else { continue }
            // The name before it: "St Mary", "Saint Andrew", or a given name alone ("Guy").
            var start = k - 1
            if start > 0, Self.saintWords.contains(tokens[base + start - 1].lower) {
                start -= 1
            } else if start > 1, tokens[base + start - 1].isPunctuation("."), tokens[base + start - 2].lower == "st" {
                start -= 2
            } else if !Lexicon.givenNames.contains(tokens[base + k - 1].lower) || start > 0 && tokens[base + start - 1].isCapitalized
                && !Lexicon.isFunctionWord(tokens[base + start - 1].lower)
            {
                continue
            }
            labels[start] = institution ? .beginOrganization : .beginPlace
            for j in (start + 1)..<end { labels[j] = institution ? .insideOrganization : .insidePlace }
            if end < labels.count, labels[end] != .outside, !labels[end].isBegin { labels[end] = NERModel.Label(rawValue: labels[end].rawValue - 1)! }
        }
    }

    /// "Joaquin del Olmo", "Charles de Gaulle": a lower-case particle between a name's capitalized words
    /// joins them into one name of the first part's kind, however the tagger split them.
    static func joinAcrossParticles(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        let base = sentence.lowerBound
        var k = 1
        while k + 1 < labels.count {
            let left = labels[k - 1]
            guard Lexicon.nameParticles.contains(tokens[base + k].lower), !tokens[base + k].isCapitalized, left != .outside,
                tokens[base + k - 1].isCapitalized, tokens[base + k + 1].kind == .word, tokens[base + k + 1].isCapitalized
            else {
                k += 1
                continue
            }
            let inside = NERModel.Label(rawValue: left.type * 2)!
            var end = k + 2
            while end < labels.count, labels[end] != .outside, !labels[end].isBegin { end += 1 }
            for j in k..<end { labels[j] = inside }
            k = end
        }
    }

    /// Whether every possessive in a name is part of it: a saint's ("St Mary's Hospital"), a given name's
    /// opening the name ("Guy's Hospital"), or a people's ("People's Bank", "Women's Committee").
    static func possessiveBelongsToName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let saint = Self.saintWords.contains(tokens[range.lowerBound].lower)
        return range.allSatisfy { p in
            guard tokens[p].kind == .possessive else { return true }
            guard p > range.lowerBound else { return false }
            let owner = tokens[p - 1].lower
            return saint || Self.collectiveOwners.contains(owner) || p - 1 == range.lowerBound && Lexicon.givenNames.contains(owner)
        }
    }

    static let saintWords: Set<String> = ["st", "st.", "saint"]

    static let collectiveOwners: Set<String> = ["people", "women", "children", "men", "workers", "veterans", "citizens", "mothers", "farmers"]

    static let ampersandAbbreviations: Set<String> = ["r&b", "r&d", "q&a", "b&b", "a&e", "m&a", "p&l", "g&t"]

    private static func isFirmToken(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized || t.isPunctuation(".") || t.text == "&"
    }

    /// What follows an ampersand in a firm's name.
    static let firmWords: Set<String> = ["co", "co.", "sons", "son", "partners", "company", "associates", "brothers", "bros", "bros."]
}
