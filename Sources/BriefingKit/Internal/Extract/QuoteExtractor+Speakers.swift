extension QuoteExtractor {
    /// The actor an attribution names, as a display name; registers the phrase as a mention of it.
    mutating func resolve(_ attribution: Attribution, in paragraph: ParagraphText) -> String? {
        let tokens = paragraph.tokens
        let surface = paragraph.text(from: attribution.speaker.lowerBound, through: attribution.speaker.upperBound - 1)
        // A person named anywhere in the phrase ("the official representative … Maria Zakharova") is the speaker.
        // A name that modifies a work other than the phrase's head ("a narrator in the Hale ad") names whose
        // work it is, not who speaks; "the Hale report" is still Hale's.
        let head = Attribution.head(of: attribution.speaker, in: tokens)
        var actor = mentioned(.person, in: attribution, paragraph: paragraph.index) {
            !($0.end < attribution.speaker.upperBound && Self.authoredNouns.contains(tokens[$0.end].lower) && tokens[$0.end].lower != head)
                // "Obama's former strategist said": whose strategist, not who spoke; "Kok's report" is Kok's.
                && !($0.end + 1 < attribution.speaker.upperBound && tokens[$0.end].kind == .possessive && !Self.authoredNouns.contains(head ?? ""))
        }
        if actor == nil {
            switch attribution.form {
            case .name:
                let name = surface.lowercased().hasPrefix("the ") ? String(surface.dropFirst(4)) : surface
                actor = table.index(ofForm: name) ?? table.person(matching: name)
                if actor == nil, let person = Self.nameAfterRole(attribution.speaker, in: tokens) {
                    // "Bank of England governor Ann Cole": the name after the role is who spoke.
                    let name = paragraph.text(from: person.lowerBound, through: person.upperBound - 1)
                    actor = table.index(ofForm: name) ?? table.person(matching: name) ?? table.entry(named: name, kind: .person)
                    table.record(actor!, paragraph: paragraph.index, token: person.lowerBound, end: person.upperBound, inQuote: false)
                } else if actor == nil {
                    // A name the actor finder missed: an organization by its words, else a person.
                    let words = name.lowercased().split(separator: " ").map(String.init)
                    let organization = words.contains { Lexicon.organizationHeads.contains($0) } || words.allSatisfy { Lexicon.commonWords.contains($0) }
                    actor = table.entry(named: name, kind: organization ? .organization : .person)
                    table.record(actor!, paragraph: paragraph.index, token: attribution.speaker.lowerBound, end: attribution.speaker.upperBound, inQuote: false)
                }
            case .pronoun:
                let gender = Lexicon.gender(ofPronoun: tokens[attribution.speaker.lowerBound].lower)
                // "A spokeswoman confirmed it. “…,” she said": a pronoun of the source's own gender is the
                // source's; a pronoun that could be anyone's goes to the people named first.
                let unnamed = continuingUnnamed(paragraph: paragraph.index, token: attribution.speaker.lowerBound, gender: gender)
                if let unnamed, gender != nil, Self.gender(ofRole: unnamed) == gender { return unnamed }
                actor = continuingSpeaker(paragraph: paragraph.index, token: attribution.speaker.lowerBound, gender: gender)
                if actor == nil, let unnamed { return unnamed }
            case .definiteRole:
                let opener = tokens[attribution.speaker.lowerBound].lower
                if let head, Self.authoredNouns.contains(head) {
                    if let author = mentioned(.organization, in: attribution, paragraph: paragraph.index) {
                        // "the Acme report stated": a document speaks for the organization that wrote it.
                        actor = author
                    } else if opener == "its" {
                        // "the commission said in its report".
                        actor = organization(named: head, before: paragraph.index, token: attribution.speaker.lowerBound)
                    } else if let gender = Lexicon.gender(ofPronoun: opener) {
                        // "his report said": the person the pronoun stands for.
                        actor = continuingSpeaker(paragraph: paragraph.index, token: attribution.speaker.lowerBound, gender: gender)
                    } else if let last = lastSpeaker, table.entries[last.actor].kind == .organization, paragraph.index - last.paragraph <= 3 {
                        // "The Acme board said… The report said": the organization that has the floor.
                        actor = last.actor
                    }
                    // "the letter reads", "the report said", "the spot's announcer says": a text or a voice no actor
                    // is named for speaks for itself, rather than for whoever spoke last.
                    if actor == nil { return speakingUnnamed(surface, paragraph: paragraph.index, end: attribution.speaker.upperBound) }
                } else if let head, Self.institutionNouns.contains(head) {
                    // "the agency said", "the union added": the organization the article last named.
                    actor = organization(named: head, before: paragraph.index, token: attribution.speaker.lowerBound)
                } else if tokens[attribution.speaker.lowerBound].isCapitalized, !Attribution.definiteOpeners.contains(opener) {
                    // "Brook's spokesman said": the one person with that role, else the role as written.
                    actor = personWithRole(head)
                    if actor == nil { return speakingUnnamed(surface, paragraph: paragraph.index, end: attribution.speaker.upperBound) }
                } else {
                    // "said the American" is the person described as American, as "the diplomat" is the diplomat.
                    actor = personWithRole(head) ?? continuingSpeaker(paragraph: paragraph.index, token: attribution.speaker.lowerBound)
                }
            case .indefiniteRole:
                // "a spokeswoman for the shopping centre said": "a" brings in someone new, an unnamed source,
                // not the spokeswoman the article named before for someone else.
                return speakingUnnamed(surface, paragraph: paragraph.index, end: attribution.speaker.upperBound)
            }
            if let actor, attribution.form != .name {
                table.addReference(attribution.form == .pronoun ? surface : surface.lowercased(), to: actor, paragraph: paragraph.index, token: attribution.speaker.lowerBound)
            }
        }
        guard let actor else { return nil }
        lastSpeaker = (actor, paragraph.index)
        unnamedSpeaker = nil
        return table.entries[actor].name
    }

    /// The last actor of a kind named inside the speaker phrase, among the mentions `accepts` lets through.
    private func mentioned(_ kind: Actor.Kind, in attribution: Attribution, paragraph: Int, accepts: (ActorTable.Mention) -> Bool = { _ in true }) -> Int? {
        table.mentions(inParagraph: paragraph).last {
            attribution.speaker.contains($0.token) && table.entries[$0.actor].kind == kind && accepts($0)
        }?.actor
    }

    /// Whether a transcript's label names someone: a person of the article ("COLE"), or words that are
    /// no ordinary words ("HALE"), unlike "FULL TEXT".
    func namesAPerson(_ attribution: Attribution, in paragraph: ParagraphText) -> Bool {
        if !paragraph.tokens[attribution.speaker].contains(where: { Lexicon.commonWords.contains($0.lower) }) { return true }
        let name = paragraph.text(from: attribution.speaker.lowerBound, through: attribution.speaker.upperBound - 1)
        guard let index = table.index(ofForm: name) ?? table.person(matching: name) else { return false }
        return table.entries[index].kind == .person
    }

    /// Nouns that stand for an organization rather than a person.
    static let institutionNouns: Set<String> = [
        "agency", "company", "firm", "group", "government", "ministry", "department", "police", "council", "union", "party",
        "commission", "court", "board", "authority", "organization", "organisation", "network", "newspaper", "paper", "station",
        "bank", "university", "school", "hospital", "club", "team", "campaign", "committee", "administration", "office",
        "service", "association", "federation", "institute", "foundation", "charity", "airline", "embassy", "military", "army",
        "trust", "corporation", "fund", "bureau", "regulator", "senate", "parliament", "assembly", "tribunal",
        "alliance", "coalition", "society", "church", "college", "league", "retailer", "insurer", "lender",
        "carrier", "operator", "consortium", "manufacturer", "publisher",
    ]

    /// Documents, works and voices: they speak for the organization named in them ("the Acme report"), or
    /// else for themselves, since their author may never be named.
    static let authoredNouns: Set<String> = [
        "report", "statement", "letter", "study", "survey", "memo", "release", "filing", "complaint", "ruling", "editorial",
        "document", "website", "ad", "advert", "advertisement", "analysis", "announcement", "notice", "guidance", "book",
        "article", "piece", "clip", "video", "footage", "film", "suit", "documentary", "song", "headline", "caption", "sign",
        "banner", "poster", "narrator", "announcer", "verdict", "bylaws", "lawsuit", "petition",
    ]

    /// People a report quotes without naming them, besides the roles of `Lexicon.roleHeads`.
    static let sourceNouns: Set<String> = [
        "source", "sources", "officials", "aide", "aides", "insider", "trader", "traders", "broker", "brokers", "resident",
        "residents", "witness", "witnesses", "friend", "neighbour", "neighbor", "relative", "woman", "man",
    ]

    /// The organization last named before a place in the text, preferring one whose name has the noun.
    private func organization(named noun: String, before paragraph: Int, token: Int) -> Int? {
        var fallback: Int?
        for p in stride(from: paragraph, through: max(0, paragraph - 3), by: -1) {
            for mention in table.mentions(inParagraph: p).reversed() where p < paragraph || mention.token < token {
                let entry = table.entries[mention.actor]
                guard entry.kind == .organization else { continue }
                if entry.forms.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(noun)) }) { return mention.actor }
                if fallback == nil { fallback = mention.actor }
            }
        }
        return fallback
    }

    /// The one person whose role has this head noun ("the minister" → the person whose role says minister).
    /// The capitalized words that end a speaker phrase after a lower-case role noun: "Bank of England
    /// governor [Ann Cole]", "party spokesman [Omar Reyes]".
    static func nameAfterRole(_ phrase: Range<Int>, in tokens: [Token]) -> Range<Int>? {
        guard let role = phrase.last(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
            Lexicon.roleHeads.contains(tokens[role].lower) || Lexicon.titles.contains(tokens[role].lower),
            role + 1 < phrase.upperBound, phrase.upperBound - (role + 1) <= 4,
            tokens[(role + 1)..<phrase.upperBound].allSatisfy({ $0.kind == .word && $0.isCapitalized })
        else { return nil }
        return (role + 1)..<phrase.upperBound
    }

    func personWithRole(_ head: String?) -> Int? {
        guard let head, head.count > 2 else { return nil }
        // "the Spaniard" is described as "Spanish".
        let adjective = Lexicon.demonymNouns[head] ?? head
        let matches = table.entries.indices.filter { index in
            let entry = table.entries[index]
            guard entry.kind == .person, let role = entry.role?.lowercased() else { return false }
            return role.split(separator: " ").contains { (word: Substring) -> Bool in
                word == head || word == adjective || word.hasPrefix(head) && word.count <= head.count + 1
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Who a pronoun, a role noun or an unattributed quote most likely refers to: the last speaker when
    /// recent, or else the person last named outside quotation marks.
    func continuingSpeaker(paragraph: Int, token: Int, gender: Lexicon.Gender? = nil) -> Int? {
        func fits(_ actor: Int) -> Bool {
            // "he" and "she" are people, not the country or agency that spoke last.
            if gender != nil, table.entries[actor].kind != .person { return false }
            guard let gender, let known = table.entries[actor].gender else { return true }
            return known == gender
        }
        // The person last named outside quotation marks, looking back paragraph by paragraph; a sentence's
        // subject (its first person named) is what a pronoun usually continues, not an object after it.
        var recent: ActorTable.Mention?
        var p = paragraph
        while p >= 0, recent == nil, paragraph - p <= 3 || lastSpeaker == nil {
            let candidates = table.mentions(inParagraph: p).filter {
                !$0.inQuote && table.entries[$0.actor].kind == .person && fits($0.actor) && ($0.paragraph < paragraph || $0.token < token)
                    && !namesAnInstitution($0)
            }
            if let last = candidates.last {
                let sentence = paragraphs[p].tokens[last.token].sentence
                let subject = candidates.first { paragraphs[p].tokens[$0.token].sentence == sentence }
                recent = subject ?? last
            }
            p -= 1
        }
        // The last speaker holds the floor unless someone was named after their quote: "Roe condemned
        // the test. “…,” he said" is Roe's, whoever spoke before.
        if let lastSpeaker, paragraph - lastSpeaker.paragraph <= 3, fits(lastSpeaker.actor) {
            guard let recent, recent.paragraph > lastSpeaker.paragraph, recent.actor != lastSpeaker.actor else { return lastSpeaker.actor }
            return recent.actor
        }
        if let recent, paragraph - recent.paragraph <= 3 { return recent.actor }
        if let lastSpeaker, fits(lastSpeaker.actor) { return lastSpeaker.actor }
        return recent?.actor
    }

    /// The unnamed source last quoted or reported ("a spokeswoman for the firm", "the letter") when nobody
    /// has been named since and a pronoun's gender does not rule it out.
    func continuingUnnamed(paragraph: Int, token: Int, gender: Lexicon.Gender? = nil) -> String? {
        guard let unnamed = unnamedSpeaker, paragraph - unnamed.paragraph <= 1, paragraph >= unnamed.paragraph else { return nil }
        if let gender, let known = Self.gender(ofRole: unnamed.name), known != gender { return nil }
        for p in unnamed.paragraph...paragraph {
            for mention in table.mentions(inParagraph: p) where !mention.inQuote && table.entries[mention.actor].kind == .person {
                let after = p > unnamed.paragraph || mention.token >= unnamed.end
                let before = p < paragraph || mention.token < token
                if after && before { return nil }
            }
        }
        return unnamed.name
    }

    /// An unnamed source as a speaker's name: "A spokesman for the club" opening a sentence is "a spokesman
    /// for the club" beside a quote.
    static func unnamed(_ surface: String) -> String {
        guard let space = surface.firstIndex(of: " "), Attribution.roleOpeners.contains(surface[..<space].lowercased()) else { return surface }
        return surface[..<space].lowercased() + surface[space...]
    }

    /// "a spokeswoman", "the chairman": the gender a role's own words give ("a German diplomat" has none).
    static func gender(ofRole role: String) -> Lexicon.Gender? {
        let words = role.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: { Lexicon.femaleRoleWords.contains($0) }) { return .female }
        if words.contains(where: { Lexicon.maleRoleWords.contains($0) }) { return .male }
        return nil
    }

    /// Notes an unnamed source as the current voice and returns it as the speaker.
    @discardableResult
    mutating func speakingUnnamed(_ surface: String, paragraph: Int, end: Int) -> String {
        let name = Self.unnamed(surface)
        unnamedSpeaker = (name, paragraph, end)
        return name
    }

    /// "the Hale campaign", "the Smith administration": a person's name standing for an institution is
    /// not someone a pronoun can continue.
    private func namesAnInstitution(_ mention: ActorTable.Mention) -> Bool {
        let tokens = paragraphs[mention.paragraph].tokens
        guard mention.end < tokens.count, mention.token > 0, tokens[mention.token - 1].lower == "the" else { return false }
        return Self.institutionNouns.contains(tokens[mention.end].lower)
    }

    /// "The Coastal Herald reports:" ending a paragraph introduces the quotation that opens the next; true
    /// when the sentence was such an introduction.
    mutating func noteIntroduction(in range: Range<Int>, paragraph: ParagraphText, finder: AttributionFinder) -> Bool {
        let tokens = paragraph.tokens
        guard let colon = range.last, colon == tokens.count - 1, tokens[colon].isPunctuation(":") else { return false }
        // The reporting verb close before the colon: "He added:", "Smith told reporters:".
        for k in stride(from: colon - 1, through: max(range.lowerBound, colon - 4), by: -1) where tokens[k].quoteDepth == 0 {
            guard finder.verbEnd(at: k) != nil else { continue }
            if let subject = finder.subject(before: k, from: range.lowerBound),
                let name = resolve(Attribution(speaker: subject.range, form: subject.form, cue: tokens[k].lower), in: paragraph)
            {
                introduced = (name, paragraph.index)
                return true
            }
            return false
        }
        return false
    }

    static let pluralPronouns: Set<String> = ["they", "we"]

    /// "The Russian was more cautious.": a sentence that opens on the role or nationality of exactly one
    /// person of the article names that person, so that a pronoun after it is theirs.
    mutating func noteRoleSubject(in range: Range<Int>, paragraph: ParagraphText) {
        let tokens = paragraph.tokens
        let head = range.lowerBound + 1
        guard head + 1 < range.upperBound, tokens[range.lowerBound].lower == "the", tokens[head].kind == .word,
            tokens[head + 1].kind == .word, !tokens[head + 1].isCapitalized
        else { return }
        let word = tokens[head].lower
        guard Lexicon.roleHeads.contains(word) || tokens[head].isCapitalized && Lexicon.isNationality(word),
            let actor = personWithRole(word),
            // Only someone already introduced: "The actress dropped out" is not the actress named further down.
            table.entries[actor].first < (paragraph.index, range.lowerBound)
        else { return }
        table.record(actor, paragraph: paragraph.index, token: range.lowerBound, end: head + 1, inQuote: false)
    }

    /// "This was stated by … Maria Zakharova." makes her the current speaker.
    mutating func noteReportedSpeech(in range: Range<Int>, paragraph: ParagraphText, finder: AttributionFinder) {
        let tokens = paragraph.tokens
        let people = table.mentions(inParagraph: paragraph.index).filter {
            range.contains($0.token) && !$0.inQuote && table.entries[$0.actor].kind == .person && !namesAnInstitution($0)
        }
        for k in range where tokens[k].quoteDepth == 0 {
            // "his remarks about Silva", "a few demands": a noun, not a reporting verb.
            guard finder.verbEnd(at: k) != nil, !finder.isNoun(k) else { continue }
            // "A man who said he saw it told police…": a relative clause's verb is not the sentence's.
            if finder.isRelativeClause(verb: k, from: range.lowerBound) { continue }
            if let subject = finder.subject(before: k, from: range.lowerBound) {
                switch subject.form {
                case .name:
                    // "Roe believes that the Hale campaign…": the subject speaks, and the person after
                    // the verb is what was spoken of; a subject the article never introduced changes nothing.
                    if let named = people.last(where: { subject.range.contains($0.token) }) { lastSpeaker = (named.actor, paragraph.index) }
                case .pronoun, .definiteRole:
                    // "They said they would press ministers": a group, not the one person who spoke last.
                    if subject.form == .pronoun, Self.pluralPronouns.contains(tokens[subject.range.lowerBound].lower) { break }
                    if let actor = continuingSpeaker(paragraph: paragraph.index, token: k) { lastSpeaker = (actor, paragraph.index) }
                case .indefiniteRole:
                    // "A spokeswoman confirmed that…": a source a pronoun after it can stand for.
                    guard let head = Attribution.head(of: subject.range, in: tokens), Lexicon.roleHeads.contains(head) || Self.sourceNouns.contains(head) else { break }
                    let surface = paragraph.text(from: subject.range.lowerBound, through: subject.range.upperBound - 1)
                    speakingUnnamed(surface, paragraph: paragraph.index, end: subject.range.upperBound)
                }
                return
            }
            // "Speaking to reporters, Roe said…": a participle without a subject of its own gives way to the verb that has one.
            if tokens[k].lower.hasSuffix("ing") { continue }
            // "stated by … Maria Zakharova", "said Zakharova": the person nearest the verb is its agent.
            if let nearest = people.min(by: { abs($0.token - k) < abs($1.token - k) }) { lastSpeaker = (nearest.actor, paragraph.index) }
            return
        }
    }
}
