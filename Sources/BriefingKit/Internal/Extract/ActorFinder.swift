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
    }

    /// The statistical tagger's people, organizations and places, sentence by sentence.
    func modelCandidates(in paragraph: ParagraphText) -> [Candidate] {
        let tokens = paragraph.tokens
        var out: [Candidate] = []
        for sentence in paragraph.sentenceRanges {
            // A sentence of lower-case words after an ordinary first word names nothing the tagger
            // would find; it is a good part of any article, and tagging is the costliest step.
            if Self.namesNothing(tokens, sentence) { continue }
            var labels = NERModel.shared.tag(tokens[sentence].map(\.text), document: document)
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
                // Names end on a capital: "Vance recalled" is a name and a verb.
                while range.count > 1, !tokens[range.upperBound - 1].isCapitalized, !Self.isParticleName(tokens[range.upperBound - 1].text),
                    tokens[range.upperBound - 1].kind == .word, !tokens[range.upperBound - 1].isAcronym
                {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                var type = label.type
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
                for var piece in segment(paragraph, run: range, organization: type == 2) {
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

    func find() -> ActorTable {
        var candidates: [Candidate] = []
        var acronyms: [String: String] = [:]
        for paragraph in paragraphs {
            acronyms.merge(acronymDefinitions(in: paragraph), uniquingKeysWith: { first, _ in first })
            let tagged = modelCandidates(in: paragraph)
            // The rules add what the model missed, where they are sure: known names, titled people,
            // organizations by their head word.
            let covered = Set(tagged.flatMap { $0.token..<($0.token + $0.length) })
            let shouting = Self.allCapitalSentences(paragraph)
            var found = tagged
            found += runCandidates(in: paragraph).filter { candidate in
                // In an all-capitals headline every word looks like an acronym: leave those to the model.
                !shouting.contains(paragraph.tokens[candidate.token].sentence)
                    && !(candidate.token..<(candidate.token + candidate.length)).contains(where: covered.contains)
                    && (candidate.canonical != nil || candidate.titled || candidate.kind == .organization && candidate.length > 1)
            }
            Self.markTeams(&found, in: paragraph)
            markTowns(&found, in: paragraph)
            candidates += found
        }
        var table = ActorTable.merge(candidates, acronyms: acronyms, gazetteer: gazetteer)
        table.locateMentions(in: paragraphs)
        table.inferGenders(in: paragraphs)
        return table
    }

    // MARK: Acronyms

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

    // MARK: Capitalized runs

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

    func runCandidates(in paragraph: ParagraphText) -> [Candidate] {
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
            if end - start <= 12 { out += segment(paragraph, run: start..<end) }
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
                !(match.entry.kind == .place && match.end < run.upperBound && Lexicon.placeHeads.contains(tokens[match.end].lower))
            {
                // "BBC Two", "BBC Three": ordinary words after a known organization, in the span the tagger
                // gave it, are its desk or channel, no name of their own; "UN Security Council" keeps its council.
                var end = match.end
                if organization, match.entry.kind == .organization, end < run.upperBound,
                    tokens[end..<run.upperBound].allSatisfy({ $0.kind == .word && Lexicon.commonWords.contains($0.lower) && !Lexicon.publicBodyHeads.contains($0.lower) })
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

    /// Decides what a name is from its words and the words around it.
    func classify(_ paragraph: ParagraphText, range: Range<Int>, titled: Bool) -> Candidate? {
        let tokens = paragraph.tokens
        var words = tokens[range].map(\.text)
        // "Wang I." ends a sentence; the full stop is not part of the name.
        if var last = words.last, last.hasSuffix("."), last.count == 2 {
            last.removeLast()
            words[words.count - 1] = last
        }
        let form = words.joined(separator: " ")
        let lowers = words.map { $0.lowercased() }
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
