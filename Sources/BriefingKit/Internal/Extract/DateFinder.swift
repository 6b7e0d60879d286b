/// Finds date expressions and normalizes them to ISO 8601, resolving relative ones against the article date.
struct DateFinder: Sendable {
    /// The article date; relative expressions resolve against it, and it supplies missing years.
    let anchor: PartialDate?

    struct Found: Sendable, Equatable {
        var tokens: Range<Int>
        /// The calendar date, when the expression names one (it may also carry a part of the day).
        var value: PartialDate?
        /// The value as written to the contract: ISO 8601, or TimeML's forms for what ISO has no
        /// notation for ("2016-Q3", "2016-SU", "2016-W06-WE", "PRESENT_REF", "2016-02-10TEV").
        var label: String

        init(tokens: Range<Int>, value: PartialDate) {
            self.tokens = tokens
            self.value = value
            self.label = value.iso
        }

        init(tokens: Range<Int>, label: String, value: PartialDate? = nil) {
            self.tokens = tokens
            self.value = value
            self.label = label
        }
    }

    static let prepositions: Set<String> = [
        "on", "in", "until", "till", "since", "by", "from", "before", "after", "during", "through", "as", "of", "at",
    ]

    func find(in paragraph: ParagraphText) -> [Found] {
        let tokens = paragraph.tokens
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let match = match(at: i, tokens) {
                var range = match.tokens
                // The contract keeps the preposition: "on 11 February", "until February 25".
                if range.lowerBound > 0, Self.prepositions.contains(tokens[range.lowerBound - 1].lower),
                    tokens[range.lowerBound - 1].kind == .word
                {
                    range = (range.lowerBound - 1)..<range.upperBound
                }
                range = Self.withPartOfPeriod(range, tokens)
                var adjusted = match
                adjusted.tokens = range
                found.append(adjusted)
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The words naming which part of a period a date is: "by the end of the year", "the start of 2015".
    /// The contract's text keeps them, so a reader sees the part and not "of the year".
    static func withPartOfPeriod(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        var start = range.lowerBound
        guard start > 0, tokens[start].lower == "of" || tokens[start - 1].lower == "of" else { return range }
        if tokens[start].lower != "of" { start -= 1 }
        guard start > 0, partsOfPeriod.contains(tokens[start - 1].lower), tokens[start - 1].kind == .word else { return range }
        start -= 1
        if start > 0, tokens[start - 1].lower == "the" { start -= 1 }
        if start > 0, prepositions.contains(tokens[start - 1].lower), tokens[start - 1].kind == .word { start -= 1 }
        return start..<range.upperBound
    }

    static let partsOfPeriod: Set<String> = ["end", "start", "beginning", "middle", "rest", "remainder"]

    private func word(_ tokens: [Token], _ i: Int) -> String? {
        i >= 0 && i < tokens.count && (tokens[i].kind == .word || tokens[i].kind == .number) ? tokens[i].lower : nil
    }

    private func dayNumber(_ text: String?) -> Int? {
        guard var text, let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        guard let n = Int(text), (1...31).contains(n), text.count <= 2 else { return nil }
        return n
    }

    private func year(_ text: String?) -> Int? {
        guard let text, text.count == 4, let n = Int(text), (1000...2199).contains(n) else { return nil }
        return n
    }

    /// The token after a month name, past the full stop of an abbreviation ("Aug. 7").
    /// A full month name's full stop ends its sentence: "on 3 March. 25 people…" is no 25 March.
    private func afterMonth(_ tokens: [Token], _ i: Int) -> Int {
        i + 1 < tokens.count && tokens[i + 1].isPunctuation(".") && tokens[i + 1].start == tokens[i].end
            && Self.monthAbbreviations.contains(tokens[i].lower) ? i + 2 : i + 1
    }

    /// The month names written short, which a full stop may follow: "Aug. 7", "Sept. 11".
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    private func month(_ tokens: [Token], _ i: Int) -> Int? {
        // Asked of every word: a bit test rules out most before any hashing.
        guard let w = word(tokens, i), Self.monthWords.mayContain(w) else { return nil }
        let bare = w.hasSuffix(".") ? String(w.dropLast()) : w
        guard let m = Lexicon.months[bare] else { return nil }
        // "may" and "march" are words too; only a capital makes them months.
        if Lexicon.ambiguousMonths.contains(bare), !tokens[i].isCapitalized { return nil }
        if bare.count == 3 && bare != "may", tokens[i].text.first?.isUppercase != true { return nil }
        return m
    }

    /// The date expression starting at token `i`, if any.
    func match(at i: Int, _ tokens: [Token]) -> Found? {
        // ISO 2016-02-10.
        if tokens[i].kind == .word || tokens[i].kind == .number, tokens[i].text.utf8.count >= 7, let iso = PartialDate(iso: tokens[i].text),
            iso.year != nil
        {
            return Found(tokens: i..<(i + 1), value: iso)
        }
        // 11 February [2016] / 11th of February.
        if let day = dayNumber(word(tokens, i)) {
            var m = i + 1
            if word(tokens, m) == "of" { m += 1 }
            if let month = month(tokens, m) {
                var end = afterMonth(tokens, m)
                var y: Int?
                if let value = year(word(tokens, end)) {
                    y = value
                    end += 1
                } else if tokens.indices.contains(end), tokens[end].isPunctuation(","), let value = year(word(tokens, end + 1)) {
                    y = value
                    end += 2
                }
                if let date = resolve(PartialDate(year: y, month: month, day: day), tense: tense(around: i, tokens)) {
                    return Found(tokens: i..<end, value: date)
                }
            }
            // "from 3 to 5 March", "on 3 and 4 May": the first day of a range takes the month written after the last.
            if i + 1 < tokens.count, Self.dayRangeJoiners.contains(tokens[i + 1].lower), dayNumber(word(tokens, i + 2)) != nil,
                let range = match(at: i + 2, tokens), let last = range.value, last.day != nil
            {
                let first = PartialDate(year: last.year, month: last.month, day: day)
                if first.isValid { return Found(tokens: i..<(i + 1), value: first) }
            }
        }
        // "10-12 June" written as one token: the range's first day.
        if tokens[i].kind != .punctuation, let first = tokens[i].text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            let (from, to) = Self.dashed(tokens[i].text), let day = dayNumber(from), let lastDay = dayNumber(to), lastDay > day,
            let month = month(tokens, i + 1)
        {
            let end = afterMonth(tokens, i + 1)
            let y = year(word(tokens, end))
            if let date = resolve(PartialDate(year: y, month: month, day: day), tense: tense(around: i, tokens)) {
                return Found(tokens: i..<(y == nil ? end : end + 1), value: date)
            }
        }
        if let month = month(tokens, i) {
            let next = afterMonth(tokens, i)
            // February 25[, 2016] / February 2016 / February.
            if let day = dayNumber(word(tokens, next)), !(tokens.indices.contains(next + 1) && tokens[next + 1].text == ":") {
                var end = next + 1
                var y: Int?
                if tokens.indices.contains(end), tokens[end].isPunctuation(","), let value = year(word(tokens, end + 1)) {
                    y = value
                    end += 2
                } else if let value = year(word(tokens, end)) {
                    y = value
                    end += 1
                }
                if let date = resolve(PartialDate(year: y, month: month, day: day), tense: tense(around: i, tokens)) {
                    return Found(tokens: i..<end, value: date)
                }
            }
            if let y = year(word(tokens, next)) {
                return Found(tokens: i..<(next + 1), value: PartialDate(year: y, month: month))
            }
            let before = word(tokens, i - 1) ?? ""
            // "the November robbery", "the firm's December sales": a month naming its noun's time.
            let determined = (before == "the" || i > 0 && tokens[i - 1].kind == .possessive) && tokens[i].isCapitalized
                && !Lexicon.ambiguousMonths.contains(tokens[i].lower)
                && next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized
            if Self.monthModifiers.contains(before) || determined {
                var start = i
                if ["early", "late", "mid", "last", "next", "this"].contains(before) { start = i - 1 }
                if let date = resolveMonth(month, relation: before, tense: tense(around: i, tokens)) {
                    return Found(tokens: start..<next, value: date)
                }
            }
        }
        // "mid-November", "early-December": one token.
        if tokens[i].kind == .word, let first = tokens[i].lower.utf8.first,
            first == UInt8(ascii: "m") || first == UInt8(ascii: "e") || first == UInt8(ascii: "l"),
            let (part, rest) = Self.dashed(tokens[i].lower), Self.periodParts.contains(part),
            let month = Lexicon.months[rest],
            let date = resolveMonth(month, relation: "in", tense: tense(around: i, tokens))
        {
            return Found(tokens: i..<(i + 1), value: date)
        }
        if let found = namedPeriod(at: i, tokens) { return found }
        if tokens[i].kind == .word, let found = era(at: i, tokens) { return found }
        if let found = relative(at: i, tokens) { return found }
        if let found = period(at: i, tokens) { return found }
        // A year standing alone after a preposition: "in 2006", "since 2014".
        // Earlier years only after a word that makes them one: "in 1898", "since 1789".
        if tokens[i].kind == .number, let y = year(tokens[i].text), y < 1900, y >= 1500,
            ["in", "since", "until", "during"].contains(word(tokens, i - 1) ?? ""),
            !Self.notYear.contains(word(tokens, i + 1) ?? ""), !(i + 1 < tokens.count && tokens[i + 1].text == "%")
        {
            return Found(tokens: i..<(i + 1), value: PartialDate(year: y))
        }
        if tokens[i].kind == .number, let y = year(tokens[i].text), y >= 1900 {
            let before = word(tokens, i - 1) ?? ""
            let after = word(tokens, i + 1) ?? ""
            let yearContext = Self.yearContext
            let notYear = Self.notYear
            let standsAlone = !Self.notAfter.contains(before) && !(i > 0 && (tokens[i - 1].text == "$" || tokens[i - 1].kind == .number))
            // "the 1987 results", "the firm's 1987 accounts", "her 1988 Brightwell sales estimate".
            let determiner = ["the", "its", "their", "his", "her", "a"].contains(before) || i > 0 && tokens[i - 1].kind == .possessive
            let attributive = determiner && i + 1 < tokens.count && tokens[i + 1].kind == .word
                && (!tokens[i + 1].isCapitalized || i + 2 < tokens.count && tokens[i + 2].kind == .word && !tokens[i + 2].isCapitalized)
            // "in both 1986 and 1987": a year joined to another; "1900 or 2000 people": a range of counts.
            let paired = ["and", "or", "to", "through"].contains(after)
            let countRange = paired && notYear.contains(word(tokens, i + 3) ?? "")
            let joined = paired && !countRange && year(word(tokens, i + 2)) != nil
            if (yearContext.contains(before) || attributive || joined && standsAlone
                || standsAlone && (after == "" || tokens[i + 1].kind == .possessive || tokens[i + 1].kind == .punctuation))
                && !notYear.contains(after) && !(i + 1 < tokens.count && tokens[i + 1].text == "%") && !countRange
            {
                return Found(tokens: i..<(i + 1), value: PartialDate(year: y))
            }
        }
        return nil
    }

    /// Words between the days of a range: "3 to 5 March", "3-5 March", "3 and 4 May".
    static let dayRangeJoiners: Set<String> = ["to", "and", "-", "\u{2013}", "through", "until", "till"]

    /// The part of a period a word joins to it with a dash: "mid-November", "late-1970s".
    static let periodParts: Set<String> = ["mid", "early", "late"]

    /// "mid-1990s" → ("mid", "1990s"): the words on either side of a word's first dash.
    static func dashed(_ lower: String) -> (String, String)? {
        // Asked of most words, which have no dash: their bytes are searched in place.
        var bytes = lower
        guard let offset = bytes.withUTF8({ $0.firstIndex(of: UInt8(ascii: "-")) }) else { return nil }
        let dash = lower.utf8.index(lower.utf8.startIndex, offsetBy: offset)
        return (String(lower[..<dash]), String(lower[lower.utf8.index(after: dash)...]))
    }

    /// Month names, with and without an abbreviation's full stop.
    static let monthWords = WordFilter(Lexicon.months.keys.flatMap { [$0, $0 + "."] })

    static let monthModifiers: Set<String> = [
        "in", "early", "late", "mid", "mid-", "since", "until", "by", "last", "next", "this", "of", "from", "through", "before", "after",
        "during",
    ]
    /// Words before a lone number that make it a year: "in 2006", "since 2014".
    static let yearContext: Set<String> = [
        "in", "since", "by", "until", "from", "of", "before", "after", "during", "through", "to", "and", "fiscal", "early", "late", "mid",
        "the", "between", "due",
    ]
    /// Words after a number that make it a count, not a year: "2000 troops".
    static let notYear: Set<String> = [
        "percent", "per", "people", "km", "miles", "metres", "meters", "troops", "soldiers", "votes", "points", "feet", "tonnes", "tons",
        "dollars", "euros", "pounds", "jobs", "units", "members", "cases", "gmt", "utc", "hours", "hrs", "local", "est", "edt", "bst",
        "cet", "cst", "pst", "workers", "employees", "staff", "shares", "students", "homes", "cars", "fans", "children",
        // "a 2000 year old tradition": an age.
        "year", "years", "year-old", "years-old",
    ]
    /// Words before a number that make it a label or an amount: "flight 2006", "about 2000".
    static let notAfter: Set<String> = [
        "no", "no.", "number", "resolution", "flight", "route", "page", "room", "article", "section", "$", "£", "€", "about", "some",
        "nearly", "almost", "over", "than",
    ]

    /// A month (and day) without a year takes the year its sentence's tense points to: ahead of the
    /// article date when the sentence looks ahead ("will meet in January"), behind it when it looks back
    /// ("began in November"), and otherwise the nearest, leaning to the past, which news reports most.
    func year(ofMonth month: Int, tense: Tense) -> Int? {
        guard let anchorYear = anchor?.year else { return nil }
        guard let anchorMonth = anchor?.month else { return anchorYear }
        let delta = month - anchorMonth
        switch tense {
        case .ahead: return delta < -2 ? anchorYear + 1 : anchorYear
        case .back: return delta > 2 ? anchorYear - 1 : anchorYear
        case .unknown: return delta > Self.pastLean ? anchorYear - 1 : delta < -6 ? anchorYear + 1 : anchorYear
        }
    }

    /// How many months ahead of the article date a month of no clear tense may lie before it reads as
    /// last year's: news reports the past more than it announces.
    static let pastLean = 2

    func resolve(_ date: PartialDate, tense: Tense) -> PartialDate? {
        var date = date
        if date.year == nil, let month = date.month, let year = year(ofMonth: month, tense: tense) { date.year = year }
        return date.isValid ? date : nil
    }

    func resolveMonth(_ month: Int, relation: String, tense: Tense) -> PartialDate? {
        guard let anchorYear = anchor?.year else { return PartialDate(month: month) }
        let anchorMonth = anchor?.month ?? month
        switch relation {
        case "last": return PartialDate(year: month >= anchorMonth ? anchorYear - 1 : anchorYear, month: month)
        case "next": return PartialDate(year: month <= anchorMonth ? anchorYear + 1 : anchorYear, month: month)
        case "this": return PartialDate(year: anchorYear, month: month)
        default: return PartialDate(year: year(ofMonth: month, tense: tense) ?? anchorYear, month: month)
        }
    }
}
