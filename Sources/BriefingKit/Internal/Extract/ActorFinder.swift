/// Finds the people, organizations and places of an article and where each is mentioned.
///
/// It reads capitalized runs of words, splits titles ("Secretary General") and well-known names (NATO)
/// off them, classifies what is left by its words and its context, then merges the variants of one actor:
/// a surname with the full name, a misspelt surname, an acronym with its expansion.
struct ActorFinder: Sendable {
    let paragraphs: [ParagraphText]
    let gazetteer: Gazetteer
    /// How the whole article writes its words, for the tagger and for the rules that ask whether a
    /// capitalized word is also written in lower case.
    let document: NERModel.Document

    init(paragraphs: [ParagraphText], gazetteer: Gazetteer = .shared) {
        self.paragraphs = paragraphs
        self.gazetteer = gazetteer
        var document = NERModel.Document()
        for paragraph in paragraphs {
            for sentence in paragraph.sentenceRanges {
                document.add(paragraph.tokens[sentence].lazy.map { (text: $0.text, lower: $0.lower) })
            }
        }
        self.document = document
    }

    /// One sighting of a name before merging.
    struct Candidate: Sendable {
        var form: String
        var kind: Actor.Kind?
        var canonical: String?
        var role: String?
        /// True when a title stood right before it ("Minister Lavrov").
        var titled: Bool
        var paragraph: Int
        var token: Int
        /// Tokens the sighting spans.
        var length: Int = 1
        /// True when the kind rests on firm evidence (a known name, a title, a head word, a given name)
        /// rather than on capital letters alone.
        var strong: Bool = false
        /// True for a team a results table names by its city ("ATLANTA 83 49"): another actor than the
        /// city, which the same article may also name.
        var team: Bool = false
        /// The gender an honorific right before it gives ("Mr. Obama", "Mrs Vale").
        var honorific: Lexicon.Gender? = nil
    }

    /// The statistical tagger's people, organizations and places, sentence by sentence.
    func modelCandidates(in paragraph: ParagraphText, memo: inout NERModel.WordScores) -> [Candidate] {
        let tokens = paragraph.tokens
        var out: [Candidate] = []
        for sentence in paragraph.sentenceRanges {
            // A sentence of lower-case words after an ordinary first word names nothing the tagger
            // would find; it is a good part of any article, and tagging is the costliest step.
            if Self.namesNothing(tokens, sentence) { continue }
            var labels = NERModel.shared.tag(tokens[sentence].map(\.text), document: document, memo: &memo)
            Self.joinNamesAroundInitials(&labels, tokens: tokens, sentence: sentence)
            // A person's name is one span: "M. Vance" and "Martin Vance" are not a person and a second entity.
            for i in labels.indices.dropFirst() where labels[i].isBegin && labels[i - 1] != .outside {
                let previous = tokens[sentence.lowerBound + i - 1]
                guard labels[i - 1].type == 1 || Self.isInitial(previous.text), tokens[sentence.lowerBound + i].isCapitalized else { continue }
                let type = Self.isInitial(previous.text) ? 1 : labels[i - 1].type
                var j = i
                repeat {
                    labels[j] = NERModel.Label(rawValue: type * 2)!
                    j += 1
                } while j < labels.count && !labels[j].isBegin && labels[j] != .outside
                if labels[i - 1].type != type, labels[i - 1].isBegin { labels[i - 1] = NERModel.Label(rawValue: type * 2 - 1)! }
            }
            Self.joinSurnames(&labels, tokens: tokens, sentence: sentence, document: document, gazetteer: gazetteer)
            Self.openNamesWithGivenNames(&labels, tokens: tokens, sentence: sentence)
            Self.relabelMiscPeople(&labels, tokens: tokens[sentence])
            Self.relabelMiscOrganizations(&labels, tokens: tokens, sentence: sentence)
            Self.joinPlaceIntoOrganization(&labels, tokens: tokens, sentence: sentence)
            Self.joinAmpersandFirms(&labels, tokens: tokens, sentence: sentence)
            Self.joinPossessiveNames(&labels, tokens: tokens, sentence: sentence)
            Self.joinAcrossParticles(&labels, tokens: tokens, sentence: sentence)
            var i = 0
            while i < labels.count {
                let label = labels[i]
                guard label.isBegin, label.type >= 1, label.type <= 3 else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < labels.count, labels[end].type == label.type, !labels[end].isBegin { end += 1 }
                var range = (sentence.lowerBound + i)..<(sentence.lowerBound + end)
                // The legal form is part of a company's name, wherever the tagger ended it.
                if range.upperBound < sentence.upperBound, tokens[range.upperBound].isCapitalized,
                    Lexicon.corporateDesignators.contains(tokens[range.upperBound].lower),
                    label.type == 2 || tokens[range].contains(where: { $0.text == "&" })
                {
                    range = range.lowerBound..<(range.upperBound + 1)
                    if end < labels.count, labels[end] == .outside { end += 1 }
                }
                i = end
                guard range.count <= 12 else { continue }
                // Trust the rules at the edges: quotation marks are never part of a name, "al-Assad" and
                // initials are, and "Russian foreign Ministry" is an organization's whole name.
                while range.count > 1, tokens[range.lowerBound].kind != .word { range = (range.lowerBound + 1)..<range.upperBound }
                while range.count > 1, tokens[range.upperBound - 1].kind != .word { range = range.lowerBound..<(range.upperBound - 1) }
                // "President Ada Vale Saturday vowed", "the University of Leeds for Saturday": in wire copy a
                // weekday after a name of two words or more is the date, not the name's last word. A day after
                // one word or a given name is the name's ("Sheffield Wednesday", "Tom Friday"), and so is
                // "Mail on Sunday".
                if range.count > 2, tokens[range.upperBound - 1].isCapitalized, Lexicon.weekdays[tokens[range.upperBound - 1].lower] != nil,
                    tokens[range.upperBound - 2].lower != "on", !Lexicon.givenNames.contains(tokens[range.upperBound - 2].lower)
                {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                // Names end on a capital: "Vance recalled" is a name and a verb.
                while range.count > 1, !tokens[range.upperBound - 1].isCapitalized, !Self.isParticleName(tokens[range.upperBound - 1].text),
                    tokens[range.upperBound - 1].kind == .word, !tokens[range.upperBound - 1].isAcronym
                {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                var type = label.type
                // "Labour Day", "Australia Day": the name of a day, not of the party or the place in it.
                if type != 1, range.upperBound < sentence.upperBound, tokens[range.upperBound].text == "Day" { continue }
                Self.dropDescriptions(&range, type: &type, tokens: tokens)
                if type == 1, let cut = tokens[range].firstIndex(where: { !$0.isCapitalized && !Self.isParticleName($0.text) && !Lexicon.nameParticles.contains($0.lower) && $0.kind == .word }), cut > range.lowerBound {
                    range = range.lowerBound..<cut
                }
                if type == 1 || Lexicon.givenNames.contains(tokens[range.lowerBound].lower) {
                    var upper = range.upperBound
                    // A name carries a few trailing initials at most; a list of them is not one name.
                    while upper < sentence.upperBound, upper - range.upperBound < 3,
                        Self.isParticleName(tokens[upper].text) || Self.isInitial(tokens[upper].text)
                            || type == 1 && Self.isHyphenatedNamePart(tokens[upper])
                    {
                        upper += 1
                    }
                    range = range.lowerBound..<upper
                }
                if type == 2, Lexicon.organizationHeads.contains(tokens[range.lowerBound].lower) {
                    range = organizationStart(paragraph, head: range.lowerBound)..<range.upperBound
                }
                guard tokens[range].contains(where: { $0.kind == .word }) else { continue }
                Self.splitAtRole(&range, type: &type, tokens: tokens)
                let kind: Actor.Kind = type == 1 ? .person : type == 2 ? .organization : .place
                // The rules split what the model joined ("Ministry Maria Zakharova") and keep the kind
                // where they have firm evidence; elsewhere the model's kind stands.
                // "New York Mercantile Exchange", tagged a place: its head word makes it an organization's name.
                let organizationRun = type == 2 || range.count > 1 && Lexicon.organizationHeads.contains(tokens[range.upperBound - 1].lower)
                for var piece in segment(paragraph, run: range, organization: organizationRun) {
                    if !piece.strong {
                        piece.kind = kind
                        if kind == .person {
                            let start = piece.token
                            let before = start > 0 ? tokens[start - 1].lower : ""
                            // "Rev. Amos Reed": the token before the name is the title's full stop.
                            piece.titled = Lexicon.titles.contains(before) || Lexicon.titles.contains(before + ".")
                                || before == "." && start > 1 && Self.isTitle(tokens, start - 2)
                            piece.role = roleBefore(paragraph, nameStart: start) ?? roleAfter(paragraph, nameEnd: start + piece.length)
                                ?? roleSetOffBefore(paragraph, nameStart: start, nameEnd: start + piece.length)
                            // "Morning Show", "Speech Highlights": words news writes in lower case, capitalized
                            // in a title, are no one's name.
                            if !piece.titled, Self.isOrdinaryWords(tokens[start..<(start + piece.length)]) { continue }
                        }
                    }
                    // "the Lena Varga Show": a name ending in an institution's head word is the institution's.
                    let last = tokens[piece.token + piece.length - 1]
                    if piece.kind == .person, piece.length > 1, last.isCapitalized, Lexicon.institutionHeads.contains(last.lower) {
                        piece.kind = .organization
                        piece.role = nil
                        piece.titled = false
                    }
                    out.append(piece)
                }
            }
        }
        return out
    }

    /// The article's actors; `memo` is the tagger's, kept from one article to the next in a batch.
    func find(memo: inout NERModel.WordScores) -> ActorTable {
        var candidates: [Candidate] = []
        var acronyms: [String: String] = [:]
        for paragraph in paragraphs {
            acronyms.merge(acronymDefinitions(in: paragraph), uniquingKeysWith: { first, _ in first })
            let tagged = modelCandidates(in: paragraph, memo: &memo)
            // The rules add what the model missed, where they are sure: known names, titled people,
            // organizations by their head word.
            var covered = [Bool](repeating: false, count: paragraph.tokens.count)
            for candidate in tagged { for k in candidate.token..<(candidate.token + candidate.length) { covered[k] = true } }
            var found = tagged
            let added = runCandidates(in: paragraph, covered: covered).filter { candidate in
                !(candidate.token..<(candidate.token + candidate.length)).contains(where: { covered[$0] })
                    && (candidate.canonical != nil || candidate.titled || candidate.kind == .organization && candidate.length > 1)
            }
            if !added.isEmpty {
                // In an all-capitals headline every word looks like an acronym: leave those to the model.
                let shouting = Self.allCapitalSentences(paragraph)
                found += added.filter { !shouting.contains(paragraph.tokens[$0.token].sentence) }
            }
            Self.markTeams(&found, in: paragraph)
            markTowns(&found, in: paragraph)
            // "Ice Cold in Alex", "Schindler's List": the people and places in a quoted title are not the article's.
            let titles = Self.quotedTitles(in: paragraph)
            if !titles.isEmpty {
                found.removeAll { candidate in titles.contains { $0.contains(candidate.token) && $0.contains(candidate.token + candidate.length - 1) } }
            }
            for k in found.indices { found[k].honorific = Self.honorific(before: found[k].token, in: paragraph.tokens) }
            candidates += found
        }
        var table = ActorTable.merge(candidates, acronyms: acronyms, gazetteer: gazetteer)
        table.locateMentions(in: paragraphs)
        table.inferGenders(in: paragraphs)
        return table
    }

    /// Decides what a name is from its words and the words around it.
    func classify(_ paragraph: ParagraphText, range: Range<Int>, titled: Bool) -> Candidate? {
        let tokens = paragraph.tokens
        var words = tokens[range].map(\.text)
        // The tokens' own lower case, but for a last word that loses its full stop.
        var lowers = tokens[range].map(\.lower)
        // "Wang I." ends a sentence; the full stop is not part of the name.
        if var last = words.last, last.hasSuffix("."), last.count == 2 {
            last.removeLast()
            words[words.count - 1] = last
            lowers[lowers.count - 1] = last.lowercased()
        }
        // "St Mary's Hospital": a possessive inside a name keeps to its word. Elsewhere it says whose the
        // thing after it is ("Milan's Andriy Shevchenko"), and the span is no one name.
        let possessive = tokens[range].contains { $0.kind == .possessive }
        if possessive, !Self.possessiveBelongsToName(tokens, range) { return nil }
        let form = possessive
            ? zip(tokens[range], words).map { ($0.kind == .possessive ? "" : " ") + $1 }.joined().dropFirst().description
            : words.joined(separator: " ")
        let index = paragraph.index
        if let entry = gazetteer.lookup(form) {
            return Candidate(form: form, kind: entry.kind, canonical: entry.name, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        if lowers.count == 1, Lexicon.demonyms.contains(lowers[0]) || Lexicon.titles.contains(lowers[0]) { return nil }
        if lowers.count == 2, Lexicon.compassWords.contains(lowers[0]), Lexicon.demonyms.contains(lowers[1]) { return nil }
        // A head word alone ("Board", "City") names nothing in particular.
        if lowers.count == 1, Lexicon.isHeadWord(lowers[0]), !tokens[range.lowerBound].isAcronym {
            return nil
        }
        // "Kansas City", "Mexico City": a country's or region's name before "City" is a place; a town's
        // ("Manchester City") is a club.
        if lowers.count >= 2, lowers.last == "city", gazetteer.countriesAndRegions.contains(lowers.dropLast().joined(separator: " ")) {
            return Candidate(form: form, kind: .place, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        // "Hale & Corrin", "Marlow & Vance": no one's own name has an ampersand. A legal form ends a
        // company's name ("Tarnford Medical Industries Inc"); "Co Tyrone" is a county.
        if lowers.contains(where: { Lexicon.organizationHeads.contains($0) }) || lowers.count > 1 && lowers.contains("&")
            || lowers.count > 1 && Lexicon.corporateDesignators.contains(lowers[lowers.count - 1])
        {
            return Candidate(form: form, kind: .organization, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        if let last = lowers.last, Lexicon.placeHeads.contains(last), lowers.count > 1 {
            return Candidate(form: form, kind: .place, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        if tokens[range].allSatisfy(\.isAcronym) {
            return Candidate(form: form, kind: .organization, titled: false, paragraph: index, token: range.lowerBound, length: range.count)
        }
        // "Charles de Gaulle airport", "John Lennon airport": a person's name given to a place.
        if !titled, range.upperBound < tokens.count, tokens[range.upperBound].kind == .word, !tokens[range.upperBound].isCapitalized,
            Self.placeNouns.contains(tokens[range.upperBound].lower)
        {
            return Candidate(form: form, kind: .place, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        let named = titled || Lexicon.givenNames.contains(lowers[0]) && !tokens[range.lowerBound].isAcronym
        // A role set off by commas before the name is not evidence enough that the name is a person's.
        let role = roleBefore(paragraph, nameStart: range.lowerBound) ?? roleAfter(paragraph, nameEnd: range.upperBound)
            ?? (named ? roleSetOffBefore(paragraph, nameStart: range.lowerBound, nameEnd: range.upperBound) : nil)
        // "the official newspaper Harbour Lantern": the noun beside the name outweighs a role word before it, but
        // not a given name ("the firm Jeremy Hunt founded").
        if !named, Self.hasOrganizationNounBeside(tokens, range) {
            return Candidate(form: form, kind: .organization, titled: false, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        if named || role != nil || Self.hasAgeAfter(tokens, range) {
            // "Lamar Alexander of Tennessee": what follows "of" is not part of a person's name.
            if let of = lowers.firstIndex(of: "of"), of > 0 {
                return classify(paragraph, range: range.lowerBound..<(range.lowerBound + of), titled: titled)
            }
            return Candidate(form: form, kind: .person, role: role, titled: titled, paragraph: index, token: range.lowerBound, length: range.count, strong: true)
        }
        // Capitalized words that are all ordinary words ("Clean Power Plan") are not a person's name.
        if range.count >= 2, range.count <= 4, lowers.allSatisfy({ !Lexicon.isFunctionWord($0) }),
            !lowers.allSatisfy({ Lexicon.commonWords.contains($0) }), !lowers.contains("and")
        {
            return Candidate(form: form, kind: .person, titled: false, paragraph: index, token: range.lowerBound, length: range.count)
        }
        // A lone word: a speaker when a reporting verb is next to it, a place after "in"; otherwise decided
        // when merging, by whether a fuller name ends with it.
        let next = range.upperBound < tokens.count ? tokens[range.upperBound].lower : ""
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].lower : ""
        if Lexicon.speechVerbs.contains(next) || Lexicon.speechVerbs.contains(previous) {
            return Candidate(form: form, kind: .person, titled: false, paragraph: index, token: range.lowerBound, length: range.count)
        }
        return Candidate(form: form, kind: nil, titled: false, paragraph: index, token: range.lowerBound, length: range.count)
    }
}
