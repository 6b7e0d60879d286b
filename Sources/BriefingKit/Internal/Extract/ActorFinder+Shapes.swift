/// The shapes of single words that the actor finder reads names by: titles, initials, particles.
extension ActorFinder {
    /// A title word: "Minister", or an abbreviation with its full stop ("Rev. Peter Wherry", "Del. Stacey
    /// Plaskett"), which the tokenizer keeps apart from the word.
    static func isTitle(_ tokens: [Token], _ i: Int) -> Bool {
        let lower = tokens[i].lower
        if Lexicon.titles.contains(lower) { return true }
        return i + 1 < tokens.count && tokens[i + 1].isPunctuation(".") && tokens[i + 1].start == tokens[i].end
            && Lexicon.titles.contains(lower + ".")
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
}

extension ActorFinder {
    /// Given names the tagger left out of a person's name, which the tagger knows least at a sentence's
    /// start:
    /// - "Hillary/O Clinton/B-PER": a known given name before a person's name opens it;
    /// - "Clint/O Eastwood/B-PER" opening a sentence: so does any capitalized word that is not a common one;
    /// - "Maurice/O Greene/B-ORG": a known given name before a one-word organization or place makes a
    ///   person of it, unless the word is a known name or heads an organization's or a place's.
    static func openNamesWithGivenNames(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        let base = sentence.lowerBound
        for i in labels.indices.dropLast().reversed() where labels[i] == .outside {
            let token = tokens[base + i]
            guard token.kind == .word, token.isCapitalized, !token.isAcronym else { continue }
            let given = Lexicon.givenNames.contains(token.lower)
            switch labels[i + 1] {
            case .beginPerson:
                let opensSentence = i == 0 && !Lexicon.commonWords.contains(token.lower) && !Lexicon.titles.contains(token.lower)
                    && !Lexicon.roleHeads.contains(token.lower) && !Lexicon.isNationality(token.lower)
                    && Lexicon.months[token.lower] == nil && Lexicon.weekdays[token.lower] == nil
                guard given || opensSentence else { continue }
            case .beginOrganization, .beginPlace:
                let next = tokens[base + i + 1]
                guard given, i + 2 >= labels.count || labels[i + 2].isBegin || labels[i + 2] == .outside,
                    next.isCapitalized, !next.isAcronym, Gazetteer.shared.lookup(next.text) == nil,
                    !Lexicon.organizationHeads.contains(next.lower), !Lexicon.placeHeads.contains(next.lower)
                else { continue }
            default:
                continue
            }
            labels[i] = .beginPerson
            labels[i + 1] = .insidePerson
        }
    }

    /// "the official newspaper Granma/B-MISC": a name the tagger took for something else, beside a
    /// common noun for an organization, is one.
    static func relabelMiscOrganizations(_ labels: inout [NERModel.Label], tokens: [Token], sentence: Range<Int>) {
        var k = 0
        while k < labels.count {
            guard labels[k] == .beginMisc else {
                k += 1
                continue
            }
            var end = k + 1
            while end < labels.count, labels[end] == .insideMisc { end += 1 }
            defer { k = end }
            guard hasOrganizationNounBeside(tokens, (sentence.lowerBound + k)..<(sentence.lowerBound + end)) else { continue }
            labels[k] = .beginOrganization
            for j in (k + 1)..<end { labels[j] = .insideOrganization }
        }
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
        var k = 0
        while k < labels.count {
            guard labels[k] == .beginMisc else {
                k += 1
                continue
            }
            var end = k + 1
            while end < labels.count, labels[end] == .insideMisc { end += 1 }
            defer { k = end }
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
}
