extension ActorTable {
    /// Finds every mention of every actor, by any of its forms, longest form first.
    mutating func locateMentions(in paragraphs: [ParagraphText]) {
        var multi: [String: Int] = [:]
        var single: [String: Int] = [:]
        // The longest multi-word form by its first word: most words start none, and need no joined key.
        var longestFrom: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for form in entry.forms {
                let words = form.split(separator: " ")
                if words.count > 1 {
                    // "St Mary's Hospital" is matched token by token, its possessive a token of its own.
                    let key = Self.possessiveSplit(Self.key(form))
                    multi[key] = multi[key] ?? index
                    let keyWords = key.split(separator: " ")
                    let first = String(keyWords[0])
                    longestFrom[first] = max(longestFrom[first] ?? 1, keyWords.count)
                } else {
                    single[form] = single[form] ?? index
                }
            }
        }
        // A surname alone names its person when no other person shares it.
        var surnames: [String: Int?] = [:]
        for (index, entry) in entries.enumerated() where entry.kind == .person {
            if let last = entry.name.split(separator: " ").last, entry.name.containsSpace {
                let surname = String(last)
                surnames[surname] = surnames[surname] == nil ? index : .some(nil)
            }
        }
        for (surname, owner) in surnames {
            if let owner, single[surname] == nil { single[surname] = owner }
        }
        let startsMulti = WordFilter(longestFrom.keys)
        let startsSingle = WordFilter(single.keys.flatMap { [$0, $0 + "."] })

        mentions.removeAll()
        mentionsByParagraph.removeAll()
        for index in entries.indices { entries[index].mentions = 0 }
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word else {
                    i += 1
                    continue
                }
                var matched = false
                var length = startsMulti.mayContain(tokens[i].lower) ? min(longestFrom[tokens[i].lower] ?? 1, tokens.count - i) : 1
                if length == 1, !startsSingle.mayContain(tokens[i].text) {
                    i += 1
                    continue
                }
                while length >= 1 {
                    let slice = tokens[i..<(i + length)]
                    // "Hale & Corrin": an ampersand joins the words of a company's name, and "St Mary's Hospital" has a
                    // possessive inside (keys never start or end on one, so no other slice can match).
                    if slice.allSatisfy({ $0.kind == .word || $0.kind == .possessive || $0.text == "&" }) {
                        let actor: Int?
                        if length == 1 {
                            // "F." stands for the single form "F".
                            let text = tokens[i].text
                            actor = single[text] ?? (text.utf8.last == UInt8(ascii: ".") && text.count == 2 ? single[String(text.dropLast())] : nil)
                        } else {
                            actor = multi[Self.key(slice.map(\.text).joined(separator: " "))]
                        }
                        if let actor {
                            // "International Atomic Energy Agency (IAEA)" names the agency once, not twice.
                            let definesAcronym = length == 1 && i > 0 && tokens[i - 1].isPunctuation("(")
                                && i + 1 < tokens.count && tokens[i + 1].isPunctuation(")")
                                && mentions.last.map { $0.actor == actor && $0.paragraph == paragraph.index && $0.end == i - 1 } == true
                            if !definesAcronym {
                                record(actor, paragraph: paragraph.index, token: i, end: i + length, inQuote: tokens[i].quoteDepth > 0)
                            }
                            i += length
                            matched = true
                            break
                        }
                    }
                    length -= 1
                }
                if !matched { i += 1 }
            }
        }
        assignTeamSightings()
    }

    /// A city's mention where a results table names its team becomes the team's.
    private mutating func assignTeamSightings() {
        guard !teamSightings.isEmpty else { return }
        var teams: [Int: [Int: Int]] = [:]
        for sighting in teamSightings { teams[sighting.paragraph, default: [:]][sighting.token] = sighting.team }
        for m in mentions.indices {
            guard let team = teams[mentions[m].paragraph]?[mentions[m].token], mentions[m].actor != team else { continue }
            entries[mentions[m].actor].mentions -= 1
            mentions[m].actor = team
            entries[team].mentions += 1
            let position = (mentions[m].paragraph, mentions[m].token)
            if position < entries[team].first { entries[team].first = position }
        }
    }

    /// Reads each person's gender from their given name, a title before a mention ("Mrs") or their role
    /// ("spokeswoman"), so that "she" is not taken for a man.
    mutating func inferGenders(in paragraphs: [ParagraphText]) {
        var personMentions: [Int: [Mention]] = [:]
        for mention in mentions where entries[mention.actor].kind == .person { personMentions[mention.actor, default: []].append(mention) }
        for index in entries.indices where entries[index].kind == .person {
            var votes: [Lexicon.Gender] = []
            let words = entries[index].name.lowercased().split(separator: " ").map(String.init)
            if let first = words.first, words.count > 1 {
                if Lexicon.femaleNames.contains(first) { votes.append(.female) } else if Lexicon.maleNames.contains(first) { votes.append(.male) }
            }
            for word in (entries[index].role ?? "").lowercased().split(separator: " ") {
                if let g = Lexicon.genderedWords[String(word)] { votes.append(g) }
            }
            for mention in personMentions[index] ?? [] where mention.token > 0 {
                let before = paragraphs[mention.paragraph].tokens[mention.token - 1].lower
                if let g = Lexicon.genderedWords[before.hasSuffix(".") ? String(before.dropLast()) : before] { votes.append(g) }
            }
            let female = votes.filter { $0 == .female }.count
            let male = votes.count - female
            entries[index].gender = female > male ? .female : male > female ? .male : nil
        }
    }

    mutating func record(_ actor: Int, paragraph: Int, token: Int, end: Int, inQuote: Bool) {
        mentions.append(Mention(actor: actor, paragraph: paragraph, token: token, end: end, inQuote: inQuote))
        mentionsByParagraph[paragraph, default: []].append(mentions.count - 1)
        entries[actor].mentions += 1
        if (paragraph, token) < entries[actor].first { entries[actor].first = (paragraph, token) }
    }

    /// A pronoun or a role noun ("the diplomat") resolved to an actor: one more mention, and an alias.
    mutating func addReference(_ surface: String, to actor: Int, paragraph: Int, token: Int) {
        let lower = surface.lowercased()
        if !Lexicon.speakerPronouns.contains(lower), !entries[actor].forms.contains(where: { $0.lowercased() == lower }) {
            entries[actor].appendForm(surface)
        }
        entries[actor].mentions += 1
    }

    /// Mentions in one paragraph, in text order of recording.
    func mentions(inParagraph paragraph: Int) -> [Mention] {
        (mentionsByParagraph[paragraph] ?? []).map { mentions[$0] }
    }

    /// The public actors, most mentioned first, then in order of first appearance.
    func actors() -> [Actor] {
        let order = entries.indices.filter { entries[$0].mentions > 0 }.sorted {
            let a = entries[$0], b = entries[$1]
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.first < b.first
        }
        return order.map { index in
            let entry = entries[index]
            var aliases: [String] = []
            for form in entry.forms.dropFirst() where form != entry.name && !aliases.contains(form) {
                aliases.append(form)
            }
            return Actor(
                name: entry.name, kind: entry.kind, role: entry.role, aliases: aliases, mentions: entry.mentions,
                paragraph: entry.first.paragraph == Int.max ? nil : entry.first.paragraph)
        }
    }

    /// True when a longer name sighted in the paragraph holds every one of `tokens`: the "Christmas" of
    /// "Johnnie Christmas" or the "May" of "May Department Stores" is part of a name, not a date.
    func nameCovers(_ tokens: Range<Int>, inParagraph paragraph: Int) -> Bool {
        guard let indices = mentionsByParagraph[paragraph] else { return false }
        return indices.contains { m in
            let mention = mentions[m]
            return mention.token <= tokens.lowerBound && mention.end >= tokens.upperBound && mention.end - mention.token > tokens.count
        }
    }

    /// "st mary's hospital" → "st mary 's hospital": a key's possessive as the tokenizer splits it.
    static func possessiveSplit(_ key: String) -> String {
        guard key.contains("'s ") || key.contains("\u{2019}s ") else { return key }
        return key.replacingOccurrences(of: "'s ", with: " 's ").replacingOccurrences(of: "\u{2019}s ", with: " \u{2019}s ")
    }
}
