/// The actors of one article after merging, and every place the text names them.
struct ActorTable: Sendable {
    struct Entry: Sendable {
        var name: String
        var kind: Actor.Kind
        var role: String?
        /// Every surface form, the name first.
        private(set) var forms: [String]
        /// The words of each form's comparison key, split once: matching names compares them often.
        private(set) var formWords: [[String]] = []
        var mentions: Int = 0
        /// Position of the first mention, for stable ordering.
        var first: (paragraph: Int, token: Int) = (Int.max, Int.max)
        /// What the name, a title or a role says; nil when nothing does.
        var gender: Lexicon.Gender?

        init(name: String, kind: Actor.Kind, forms: [String] = []) {
            self.name = name
            self.kind = kind
            self.forms = []
            for form in forms { appendForm(form) }
        }

        mutating func appendForm(_ form: String) {
            forms.append(form)
            formWords.append(ActorTable.key(form).split(separator: " ").map(String.init))
        }
    }

    struct Mention: Sendable {
        var actor: Int
        var paragraph: Int
        var token: Int
        var end: Int
        var inQuote: Bool
    }

    var entries: [Entry] = []
    var mentions: [Mention] = []
    /// Indices into `mentions`, by paragraph, so that looking near a quote does not scan the article.
    var mentionsByParagraph: [Int: [Int]] = [:]
    /// Where a results table names a team by its city: those mentions are the team's, not the city's.
    var teamSightings: [TeamSighting] = []

    struct TeamSighting: Sendable {
        var team: Int
        var paragraph: Int
        var token: Int
    }

    // Lookups that keep merging linear in the number of names, however long the article.
    private var byForm: [String: Int] = [:]
    private var byNameAndKind: [NameAndKind: Int] = [:]
    private var peopleByWord: [String: [Int]] = [:]
    private var peopleByPrefix: [String: [Int]] = [:]
    private var byFirstWord: [String: [Int]] = [:]

    private struct NameAndKind: Hashable {
        var name: String
        var kind: Actor.Kind
    }

    // MARK: Merging

    static func merge(_ candidates: [ActorFinder.Candidate], acronyms: [String: String], gazetteer: Gazetteer) -> ActorTable {
        var table = ActorTable()
        let candidates = settlingKinds(companiesWithoutLegalForm(candidates).filter { $0.canonical != nil || !isPartyLabel($0.form) && !namesNoActor($0.form) })
        // Acronyms defined in the text join their expansion, or the well-known name of either.
        for acronym in acronyms.keys.sorted() {
            let long = acronyms[acronym]!
            let known = gazetteer.lookup(acronym) ?? gazetteer.lookup(long)
            let lastWord = long.split(separator: " ").last.map { $0.lowercased() } ?? ""
            let kind: Actor.Kind = known?.kind ?? (Lexicon.placeHeads.contains(lastWord) ? .place : .organization)
            let index = table.entry(named: known?.name ?? long, kind: kind)
            table.add(form: long, to: index)
            table.add(form: acronym, to: index)
        }
        // Known names first, then full names of people, so that a lone surname finds the person it
        // belongs to even where the tagger took it for an organization.
        let wordCount = { (c: ActorFinder.Candidate) in Self.wordCount(c.form) }
        for candidate in candidates where !candidate.team {
            guard let canonical = candidate.canonical, let kind = candidate.kind else { continue }
            table.add(form: candidate.form, to: table.entry(named: canonical, kind: kind))
        }
        // A team named by its city is an actor of its own, beside the city.
        for candidate in candidates where candidate.team {
            let team = table.entry(named: candidate.canonical ?? Self.teamName(candidate.form), kind: .organization)
            table.add(form: candidate.form, to: team)
            table.teamSightings.append(TeamSighting(team: team, paragraph: candidate.paragraph, token: candidate.token))
        }
        let fullNames = candidates.filter { $0.kind == .person && $0.canonical == nil && wordCount($0) > 1 }.map { ($0, wordCount($0)) }
        for (candidate, _) in fullNames.enumerated().sorted(by: { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }).map(\.element) {
            let index = table.person(matching: candidate.form) ?? table.entry(named: candidate.form, kind: .person)
            table.add(form: candidate.form, to: index)
            if table.entries[index].role == nil { table.entries[index].role = candidate.role }
        }
        // "Mr. Obama" is not "Michelle Obama": a surname that an honorific gives one gender, anywhere in
        // the article, does not join a full name whose given name is the other's.
        // A surname that honorifics give both genders ("Mr Howard", "Mrs Howard") says nothing.
        var honorifics: [String: Set<Lexicon.Gender>] = [:]
        for candidate in candidates where wordCount(candidate) == 1 {
            if let gender = candidate.honorific { honorifics[key(candidate.form), default: []].insert(gender) }
        }
        func clashes(_ form: String, with index: Int) -> Bool {
            let form = key(form)
            guard let genders = honorifics[form], genders.count == 1, let gender = genders.first else { return false }
            return table.givenNameGender(of: index, surname: form) == gender.opposite
        }
        for candidate in candidates where candidate.canonical == nil && !candidate.team && !(candidate.kind == .person && wordCount(candidate) > 1) {
            if wordCount(candidate) == 1, !candidate.strong || candidate.kind == .person,
                let index = table.index(ofForm: candidate.form).flatMap({ table.entries[$0].kind == .person ? $0 : nil }) ?? table.person(matching: candidate.form),
                !clashes(candidate.form, with: index)
            {
                table.add(form: candidate.form, to: index)
                if table.entries[index].role == nil { table.entries[index].role = candidate.role }
                continue
            }
            var kind = candidate.kind
            if kind != .person, !candidate.strong, table.sharesSurnameWithAPerson(candidate.form) { kind = .person }
            switch kind {
            case .person?:
                // A person by the surname rule is matched as people are: "Keith Scott" is "Keith Lamont Scott".
                let index = table.index(ofForm: candidate.form) ?? (kind != candidate.kind ? table.person(matching: candidate.form) : nil)
                    ?? table.entry(named: candidate.form, kind: .person)
                table.add(form: candidate.form, to: index)
                if table.entries[index].role == nil { table.entries[index].role = candidate.role }
            case let kind?:
                let index = table.index(ofForm: candidate.form) ?? table.organization(extending: candidate.form, kind: kind)
                    ?? table.entry(named: candidate.form, kind: kind)
                table.add(form: candidate.form, to: index)
            case nil:
                continue
            }
        }
        return table
    }

    /// "KANSAS CITY" in a table of results is the team Kansas City.
    static func teamName(_ form: String) -> String {
        guard !form.contains(where: \.isLowercase) else { return form }
        return form.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// One name, one kind, by a vote of its sightings in which firm evidence (a title, a head word)
    /// counts three times: "Varga" that a headline's tagging took for a place is the person "President
    /// Varga" names, however the headline came first. Ties go to the first sighting.
    ///
    /// A full name the tagger took for an organization or a place is a person's when the article goes on
    /// to call the person by its last word alone, "Piet Marlow won… Marlow said": when the first word is a
    /// known given name, or the last word alone is a person twice, so that one stray sighting of "Brook"
    /// does not make a person of "Ellis Brook" the bank.
    static func settlingKinds(_ candidates: [ActorFinder.Candidate]) -> [ActorFinder.Candidate] {
        var votes: [String: [Actor.Kind: Int]] = [:]
        var first: [String: Actor.Kind] = [:]
        for candidate in candidates where candidate.canonical == nil && !candidate.team {
            guard let kind = candidate.kind else { continue }
            votes[candidate.form, default: [:]][kind, default: 0] += candidate.strong || candidate.titled ? 3 : 1
            if first[candidate.form] == nil { first[candidate.form] = kind }
        }
        var settled: [String: Actor.Kind] = [:]
        for (form, tally) in votes where tally.count > 1 {
            let top = tally.values.max()!
            let firstKind = first[form]!
            settled[form] = tally[firstKind] == top ? firstKind : tally.filter { $0.value == top }.keys.min { $0.rawValue < $1.rawValue }!
        }
        var surnames: [String: Int] = [:]
        for candidate in candidates where candidate.canonical == nil && !candidate.form.containsSpace {
            if (settled[candidate.form] ?? candidate.kind) == .person { surnames[candidate.form, default: 0] += 1 }
        }
        func isPersonsFullName(_ candidate: ActorFinder.Candidate) -> Bool {
            guard candidate.kind != .person, !candidate.strong, !candidate.titled else { return false }
            let words = candidate.form.split(separator: " ")
            guard (2...3).contains(words.count), let last = words.last, let sightings = surnames[String(last)],
                sightings >= 2 || Lexicon.givenNames.contains(words[0].lowercased())
            else { return false }
            return words.allSatisfy { word in
                let lower = word.lowercased()
                return word.first?.isUppercase == true && !Lexicon.isHeadWord(lower) && !Lexicon.institutionHeads.contains(lower)
            }
        }
        let people = Set(candidates.filter { $0.canonical == nil && isPersonsFullName($0) }.map(\.form))
        guard !settled.isEmpty || !people.isEmpty else { return candidates }
        return candidates.map { candidate in
            guard candidate.canonical == nil, candidate.kind != nil, !candidate.team else { return candidate }
            var copy = candidate
            if people.contains(candidate.form) {
                copy.kind = .person
            } else if let kind = settled[candidate.form] {
                copy.kind = kind
            }
            return copy
        }
    }

    /// Forms that name no one who acts: a lone letter ("S" of "S&P"), an amount or a time ("4.2m euros",
    /// "1715GMT", "10.15am"), an acronym for a thing ("PC", "DVD") or any acronym in the plural ("MPs",
    /// "SUVs"), or a legal form alone ("Co", "Inc", "Co Inc", cut from the company's name). A name that
    /// only starts with a figure, "3M" or "7-Eleven", is a name.
    static func namesNoActor(_ form: String) -> Bool {
        guard let first = form.unicodeScalars.first else { return true }
        if form.unicodeScalars.count == 1 { return true }
        if first.properties.numericType != nil {
            let words = form.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // "Euros" in a title is the currency, "M" of "3M" no unit: only longer words may be capitalized.
            return words.allSatisfy { word in
                amountWords.contains(word) || word.count > 1 && word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase)
                    && amountWords.contains(word.lowercased())
            }
        }
        let words = Token.lowercased(form).split(separator: " ")
        if words.allSatisfy({ Lexicon.corporateDesignators.contains(String($0)) }) { return true }
        guard words.count == 1 else { return false }
        let letters = form.unicodeScalars
        let capitals = letters.prefix { $0.properties.isUppercase || $0.properties.numericType != nil }.count
        if capitals >= 2, capitals == letters.count - 1, form.hasSuffix("s") { return true }
        return capitals == letters.count && Lexicon.commonAcronyms.contains(form.lowercased())
    }

    /// Units, currencies and time zones after a figure, as written: "m" and "bn" in lower case, zones
    /// in capitals, currencies either way ("euros", "Euros").
    static let amountWords: Set<String> = [
        "m", "bn", "k", "tn", "am", "pm", "GMT", "BST", "UTC", "EST", "CET", "euros", "euro", "dollars", "pounds", "yen", "yuan",
        "rupees", "p", "c", "cm", "km", "kg", "mph", "ft", "st", "nd", "rd", "th",
    ]

    /// "R-Ky", "D-Va.", "I-Vt": the party and state after an American legislator's name, no one's name.
    static func isPartyLabel(_ form: String) -> Bool {
        // Asked of every name of every article: read in place, and most names fail at the first two bytes.
        let bytes = form.utf8
        guard (3...9).contains(bytes.count) else { return false }
        let upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
        var previous: UInt8 = 0
        for (i, byte) in bytes.enumerated() {
            let fits: Bool
            switch i {
            case 0: fits = byte == UInt8(ascii: "R") || byte == UInt8(ascii: "D") || byte == UInt8(ascii: "I")
            case 1: fits = byte == UInt8(ascii: "-")
            case 2: fits = upper.contains(byte)
            // "R-Ky", "D-N.Y.", "D-W.Va.": a capital only at the start or after a full stop.
            default:
                fits = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: ".")
                    || upper.contains(byte) && previous == UInt8(ascii: ".")
            }
            guard fits else { return false }
            previous = byte
        }
        return true
    }

    /// "Brookline Pharmaceuticals" in an article that names "Brookline Pharmaceuticals Inc" is the company,
    /// whatever the tagger took it for: the name without its legal form is an organization's too.
    static func companiesWithoutLegalForm(_ candidates: [ActorFinder.Candidate]) -> [ActorFinder.Candidate] {
        var companies: Set<String> = []
        for candidate in candidates where candidate.kind == .organization {
            let words = key(candidate.form).split(separator: " ")
            if words.count >= 2, Lexicon.corporateDesignators.contains(String(words[words.count - 1])) {
                companies.insert(words.dropLast().joined(separator: " "))
            }
        }
        guard !companies.isEmpty else { return candidates }
        return candidates.map { candidate in
            // "Walt Disney" the man is not "Walt Disney Co": a given name opens a person's name.
            guard candidate.canonical == nil, !candidate.titled, candidate.kind != .organization else { return candidate }
            let name = key(candidate.form)
            guard companies.contains(name), let first = name.split(separator: " ").first, !Lexicon.givenNames.contains(String(first)) else { return candidate }
            var company = candidate
            company.kind = .organization
            company.strong = true
            return company
        }
    }

    mutating func entry(named name: String, kind: Actor.Kind) -> Int {
        let key = NameAndKind(name: name, kind: kind)
        if let index = byNameAndKind[key] { return index }
        entries.append(Entry(name: name, kind: kind, forms: []))
        byNameAndKind[key] = entries.count - 1
        add(form: name, to: entries.count - 1)
        return entries.count - 1
    }

    /// No real actor is written two dozen ways; past that the text is a list or noise ("A. A. A."), and
    /// more forms would only make every later lookup slower.
    static let maxForms = 24
    /// A word shared by more names than this ("A." in a list of initials) says nothing about which
    /// actor is meant, so the lookups stop indexing it.
    static let maxSharing = 16

    mutating func add(form: String, to index: Int) {
        guard entries[index].forms.count < Self.maxForms, !entries[index].forms.contains(form) else { return }
        entries[index].appendForm(form)
        let key = Self.key(form)
        if byForm[key] == nil { byForm[key] = index }
        let words = entries[index].formWords[entries[index].formWords.count - 1]
        if let first = words.first, byFirstWord[first]?.last != index, (byFirstWord[first]?.count ?? 0) < Self.maxSharing {
            byFirstWord[first, default: []].append(index)
        }
        if entries[index].kind == .person {
            for word in words.map(Self.bareSurname) {
                if let list = peopleByWord[word], list.count >= Self.maxSharing || list.contains(index) { continue }
                peopleByWord[word, default: []].append(index)
            }
            if let word = words.last.map(Self.bareSurname), word.count >= 5 {
                let prefix = String(word.prefix(5))
                if (peopleByPrefix[prefix]?.count ?? 0) < Self.maxSharing, peopleByPrefix[prefix]?.contains(index) != true { peopleByPrefix[prefix, default: []].append(index) }
            }
        }
    }

    /// The gender the given names before `surname` say in a person's full names, when they say only one:
    /// "Michelle" in "Michelle Obama" for "Obama", but nothing in "Kim Yungmin" for "Kim", the surname
    /// written first.
    func givenNameGender(of index: Int, surname: String) -> Lexicon.Gender? {
        let genders = Set(entries[index].formWords.compactMap { words -> Lexicon.Gender? in
            guard words.count > 1, words[0] != surname, words.last.map(Self.bareSurname) == Self.bareSurname(surname) else { return nil }
            return Lexicon.femaleNames.contains(words[0]) ? .female : Lexicon.maleNames.contains(words[0]) ? .male : nil
        })
        return genders.count == 1 ? genders.first : nil
    }

    func index(ofForm form: String) -> Int? {
        byForm[Self.key(form)]
    }

    /// "Higher Committee" is the start of "Higher Committee on negotiations": the same organization.
    func organization(extending form: String, kind: Actor.Kind) -> Int? {
        let key = Self.key(form)
        guard let first = key.split(separator: " ").first else { return nil }
        return (byFirstWord[String(first)] ?? []).sorted().first(where: { index in
            let entry = entries[index]
            return entry.kind == kind && entry.forms.contains(where: {
                let other = Self.key($0)
                return other.count > key.count + 2 && other.hasPrefix(key + " ") || key.count > other.count + 2 && key.hasPrefix(other + " ")
            })
        })
    }

    /// The person this name is another form of: the same surname (or its likely misspelling), with given
    /// names that agree when both are full names. Two full names never meet through a bare surname.
    func person(matching form: String) -> Int? {
        let words = Self.key(form).split(separator: " ").map(String.init)
        guard let surname = words.last.map(Self.bareSurname) else { return nil }
        var fuzzy: Int?
        // Only people sharing the surname, or its first five letters, can match.
        let candidates = Set((peopleByWord[surname] ?? []) + (words.count == 1 && surname.count >= 5 ? peopleByPrefix[String(surname.prefix(5))] ?? [] : [])).sorted()
        for index in candidates {
            let entry = entries[index]
            // "Rakeyia Scott" is not "Keith Lamont Scott", even where he was also called "Scott": a full
            // name is matched against the other's full names when there are any.
            if words.count > 1 {
                let fullNames = entry.formWords.filter { $0.count > 1 }
                if !fullNames.isEmpty {
                    let agrees = fullNames.contains { known in
                        known.last.map(Self.bareSurname) == surname
                            && (words.first == known.first || words.first!.count <= 2 || known.first!.count <= 2)
                    }
                    if agrees { return index }
                    continue
                }
            }
            for knownWords in entry.formWords {
                guard let knownSurname = knownWords.last.map(Self.bareSurname) else { continue }
                if words.count > 1 && knownWords.count > 1 {
                    // Two full names agree when surnames match and given names do not contradict.
                    if knownSurname == surname && (words.first == knownWords.first || words.first!.count <= 2 || knownWords.first!.count <= 2) {
                        return index
                    }
                    continue
                }
                if knownSurname == surname || knownWords.map(Self.bareSurname).contains(surname) && words.count == 1 { return index }
                if fuzzy == nil, words.count == 1, Self.isLikelyMisspelling(surname, of: knownSurname) { fuzzy = index }
            }
        }
        // A long surname misspelled near its start ("Mcpherson" for "McPhearson") shares no first five letters
        // with the name it stands for; the article's people are few, so they are all asked.
        if fuzzy == nil, words.count == 1, surname.count >= 8 {
            return entries.indices.first { index in
                entries[index].kind == .person && !candidates.contains(index)
                    && entries[index].formWords.contains { $0.count > 1 && $0.last.map { Self.isLikelyMisspelling(surname, of: Self.bareSurname($0)) } == true }
            }
        }
        return fuzzy
    }

    /// "Rufus Brook" where the article has named "Ada Lane Brook": a first word and the surname of
    /// a person already met make a person too, whatever the tagger thought of the unfamiliar name.
    func sharesSurnameWithAPerson(_ form: String) -> Bool {
        let words = Self.key(form).split(separator: " ").map(String.init)
        guard words.count == 2, let surname = words.last.map(Self.bareSurname), surname.count >= 3,
            !words.contains(where: Lexicon.isHeadWord)
        else { return false }
        return (peopleByWord[surname] ?? []).contains { index in
            entries[index].formWords.contains { $0.count > 1 && $0.last.map(Self.bareSurname) == surname }
        }
    }

    static func bareSurname(_ word: String) -> String {
        for prefix in ["al-", "el-", "bin-", "ibn-"] where word.hasPrefix(prefix) { return String(word.dropFirst(prefix.count)) }
        return word
    }

    /// Zakharov for Zakharova: a long shared start and at most two letters different.
    /// Fitzgerld for Fitzgerald: in a long name, one letter dropped, added or changed after the first.
    static func isLikelyMisspelling(_ a: String, of b: String) -> Bool {
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 2 else { return false }
        let common = zip(a, b).prefix(while: { $0 == $1 }).count
        if common >= 5 { return editDistance(a, b) <= 2 }
        return a.count >= 8 && b.count >= 8 && a.first == b.first && editDistance(a, b) <= 1
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// How many words a name has, as `split(separator: " ").count` counts them: merging asks it of
    /// every sighting several times, and an ASCII name is counted without making its words.
    static func wordCount(_ form: String) -> Int {
        let counted = form.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0
            var inWord = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        return (counted ?? nil) ?? form.split(separator: " ").count
    }

    /// Comparison key: lower case, and no full stop after a final initial ("Wang I." is "Wang I").
    static func key(_ form: String) -> String {
        var key = Token.lowercased(form)
        if key.hasSuffix("."), let space = key.lastIndex(of: " "), key.distance(from: space, to: key.endIndex) == 3 {
            key.removeLast()
        }
        return key
    }
}
