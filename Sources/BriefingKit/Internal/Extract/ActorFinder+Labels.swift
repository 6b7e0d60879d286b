/// Repairs of the tagger's labels and spans where the words around a name say more than the tagger
/// saw: given names it left out, words that describe a person rather than name one, and names it gave
/// the wrong kind.
extension ActorFinder {
    /// "Senate Majority Leader Ada Brook": a surname the tagger left out after a given name it took in
    /// belongs to the name. So does a capitalized common word or a month after a person's given name
    /// alone, "Anna June said", though not a word that joins a title's words ("Anna And The King"), a
    /// dated month ("Anna June 5") or a word that runs on into a capitalized headline ("Rose Wins Open").
    static func joinSurnames(
        _ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>, document: NERModel.Document, gazetteer: Gazetteer = .shared
    ) {
        for i in labels.indices.dropFirst() where labels[i] == .outside && labels[i - 1] != .outside && labels[i - 1].type <= 3 {
            let token = tokens[sentence.lowerBound + i]
            guard token.kind == .word, token.isCapitalized, !token.isAcronym, Lexicon.weekdays[token.lower] == nil else { continue }
            guard Lexicon.givenNames.contains(tokens[sentence.lowerBound + i - 1].lower) else {
                // "Kester/B-PER Vantrio/O": after a one-word person, a capitalized word the article never
                // writes in lower case, that is no common word, no known name and no head word, and does
                // not run on into more capitals. Not at a sentence's start, where a capital says least.
                let alone = i >= 2 && labels[i - 1] == .beginPerson && labels[i - 2] == .outside
                let after = sentence.lowerBound + i + 1
                let runsOn = after < sentence.upperBound && tokens[after].kind == .word && tokens[after].isCapitalized
                if alone, !runsOn, token.text.count > 1, !document.writesInLowerCase(token.lower),
                    !Lexicon.commonWords.contains(token.lower), Lexicon.months[token.lower] == nil,
                    !Lexicon.isHeadWord(token.lower), gazetteer.lookup(token.text) == nil
                {
                    labels[i] = .insidePerson
                }
                continue
            }
            if Lexicon.commonWords.contains(token.lower) || Lexicon.months[token.lower] != nil {
                let after = sentence.lowerBound + i + 1
                let next = after < sentence.upperBound ? tokens[after] : nil
                let runsOn = next.map { $0.kind == .word && $0.isCapitalized } ?? false
                let dated = Lexicon.months[token.lower] != nil && next?.kind == .number
                guard labels[i - 1] == .beginPerson, !joiningWords.contains(token.lower), !Lexicon.isHeadWord(token.lower), !runsOn, !dated
                else { continue }
            }
            labels[i] = NERModel.Label(rawValue: labels[i - 1].type * 2)!
        }
    }

    /// Words that join a title's words rather than end a name.
    static let joiningWords: Set<String> = ["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"]

    /// Given names the tagger left out of a person's name, which the tagger knows least at a sentence's
    /// start:
    /// - "Ada/O Brook/B-PER": a known given name before a person's name opens it;
    /// - "Rufus/O Brook/B-PER" opening a sentence: so does a capitalized word that is neither a common
    ///   one nor a known name nor the head of an organization's or a place's name;
    /// - "Ada/O Brook/B-ORG": a known given name before a one-word organization or place makes a
    ///   person of it, unless the word is a known name or heads an organization's or a place's.
    static func openNamesWithGivenNames(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        let base = sentence.lowerBound
        func isPlainName(_ token: Token) -> Bool {
            Gazetteer.shared.lookup(token.text) == nil && !Lexicon.isHeadWord(token.lower)
        }
        for i in labels.indices.dropLast().reversed() where labels[i] == .outside {
            let token = tokens[base + i]
            guard token.kind == .word, token.isCapitalized, !token.isAcronym else { continue }
            let given = Lexicon.givenNames.contains(token.lower)
            switch labels[i + 1] {
            case .beginPerson:
                let opensSentence = i == 0 && !Lexicon.commonWords.contains(token.lower) && !Lexicon.titles.contains(token.lower)
                    && !Lexicon.roleHeads.contains(token.lower) && !Lexicon.isNationality(token.lower)
                    && Lexicon.months[token.lower] == nil && Lexicon.weekdays[token.lower] == nil && isPlainName(token)
                guard given || opensSentence else { continue }
            case .beginOrganization, .beginPlace:
                let next = tokens[base + i + 1]
                guard given, i + 2 >= labels.count || labels[i + 2].isBegin || labels[i + 2] == .outside,
                    next.isCapitalized, !next.isAcronym, isPlainName(next)
                else { continue }
            default:
                continue
            }
            labels[i] = .beginPerson
            labels[i + 1] = .insidePerson
        }
    }

    /// "the weekly Harbour/B-MISC Lantern/I-MISC": a name the tagger took for something else, beside a
    /// common noun for an organization, is one.
    static func relabelMiscOrganizations(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        for span in miscSpans(labels) where hasOrganizationNounBeside(tokens, (sentence.lowerBound + span.lowerBound)..<(sentence.lowerBound + span.upperBound)) {
            labels[span.lowerBound] = .beginOrganization
            for j in span.dropFirst() { labels[j] = .insideOrganization }
        }
    }

    /// The label indices of each miscellaneous name, B-MISC and the I-MISC after it.
    static func miscSpans(_ labels: [NERModel.Label]) -> [Range<Int>] { spans(ofType: 4, in: labels) }

    /// The label indices of each name of one entity type (`NERModel.Label.type`): its B-X and the I-X after it.
    static func spans(ofType type: Int, in labels: [NERModel.Label]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var k = 0
        while k < labels.count {
            guard labels[k].isBegin, labels[k].type == type else {
                k += 1
                continue
            }
            var end = k + 1
            while end < labels.count, labels[end].type == type, !labels[end].isBegin { end += 1 }
            spans.append(k..<end)
            k = end
        }
        return spans
    }

    /// "the comedian Fred/B-MISC Sams/I-MISC", "Comedian/B-MISC Fred/I-MISC Smith/I-MISC": a given name
    /// and a surname the tagger took for something else, after nothing but role words, are a person.
    /// A nationality or a party describes the person too: "Democrat/B-MISC Ann/I-MISC Lowe/I-MISC".
    static func relabelMiscPeople(_ labels: inout [NERModel.Label], tokens: ArraySlice<Token>) {
        let base = tokens.startIndex
        func isRoleWord(_ i: Int) -> Bool {
            let word = tokens[base + i].lower
            return Lexicon.roleHeads.contains(word) || Lexicon.titles.contains(word) || Lexicon.partyMembers.contains(word)
                || Lexicon.demonyms.contains(word) || Lexicon.demonymNouns[word] != nil
        }
        for span in miscSpans(labels) {
            let k = span.lowerBound
            let end = span.upperBound
            // "Comedian Rufus Brand, 74,": an age after the name says it is a person's, given name or not.
            if let first = (k..<end).first(where: { !isRoleWord($0) }), end - first >= 2,
                (first..<end).allSatisfy({ tokens[base + $0].kind == .word && tokens[base + $0].isCapitalized }),
                base + end + 2 < tokens.endIndex, tokens[base + end].isPunctuation(","), tokens[base + end + 2].isPunctuation(","),
                let age = Int(tokens[base + end + 1].text), (1...110).contains(age)
            {
                for j in k..<first { labels[j] = .outside }
                labels[first] = .beginPerson
                for j in (first + 1)..<end { labels[j] = .insidePerson }
                continue
            }
            // A role word inside the span or right before it: "the new James Bond film" is no one.
            guard let given = (k..<end).first(where: { Lexicon.givenNames.contains(tokens[base + $0].lower) }), given + 1 < end,
                given > k || k > 0 && isRoleWord(k - 1), (k..<given).allSatisfy(isRoleWord),
                ((given + 1)..<end).allSatisfy({ tokens[base + $0].isCapitalized && !Lexicon.commonWords.contains(tokens[base + $0].lower) })
            else { continue }
            for j in k..<given { labels[j] = .outside }
            labels[given] = .beginPerson
            for j in (given + 1)..<end { labels[j] = .insidePerson }
        }
    }

    /// "MP Ada Brook", "DJ Rufus Brook Vale": what the tagger took into a name from before it, a title,
    /// a role, a party or a firm's acronym, describes the person and is left for the role. Only where a
    /// name of two words or more remains, so that "Earl Vane" stays whole; in a name tagged as an
    /// organization or a place, only before a known given name, and then the name is a person's.
    static func dropDescriptions(_ range: inout Range<Int>, type: inout Int, tokens: [Token]) {
        while range.count > 2, describesAPerson(tokens, range.lowerBound),
            type == 1 || Lexicon.givenNames.contains(tokens[range.lowerBound + 1].lower)
        {
            range = (range.lowerBound + 1)..<range.upperBound
            type = 1
        }
    }

    /// Whether the word at `i` describes the person whose name follows rather than starts the name.
    static func describesAPerson(_ tokens: [Token], _ i: Int) -> Bool {
        let word = tokens[i].lower
        if Lexicon.isTitleOrRole(word) || Lexicon.partyMembers.contains(word) || Lexicon.isNationality(word) { return true }
        return tokens[i].isAcronym && i + 1 < tokens.count && Lexicon.givenNames.contains(tokens[i + 1].lower)
    }

    /// "Harbour Party MP Ada Brook", "DJ Rufus Vale" tagged as one organization: a role inside a name
    /// splits it where two or three capitalized words follow, and they are a person's name. The role is
    /// an acronym ("MP", "DJ") or stands before a known given name, so that the title adjectives of
    /// "Lake State Rowing Club" or "General Dynamics Europe" split nothing.
    static func splitAtRole(_ range: inout Range<Int>, type: inout Int, tokens: [Token]) {
        guard range.count > 2,
            let k = range.dropLast(2).last(where: { k in
                Lexicon.isTitleOrRole(tokens[k].lower) && (tokens[k].isAcronym || Lexicon.givenNames.contains(tokens[k + 1].lower))
            }),
            range.upperBound - k - 1 <= 3,
            ((k + 1)..<range.upperBound).allSatisfy({
                tokens[$0].kind == .word && tokens[$0].isCapitalized && !Lexicon.isHeadWord(tokens[$0].lower)
            })
        else { return }
        range = (k + 1)..<range.upperBound
        type = 1
    }
}
