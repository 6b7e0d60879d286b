extension DateFinder {
    /// today, tomorrow, yesterday, on Monday, last week, this year, three days ago.
    func relative(at i: Int, _ tokens: [Token]) -> Found? {
        guard tokens[i].kind == .word || tokens[i].kind == .number, let anchor, let day = anchor.dayNumber else { return nil }
        let lower = tokens[i].lower
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        switch lower {
        case "today", "yesterday", "tomorrow", "tonight":
            let date = PartialDate(dayNumber: day + (lower == "yesterday" ? -1 : lower == "tomorrow" ? 1 : 0))
            if lower == "tonight" { return Found(tokens: i..<(i + 1), label: date.iso + "TNI", value: date) }
            if let part = Self.partsOfDay[next] { return Found(tokens: i..<(i + 2), label: date.iso + part, value: date) }
            return Found(tokens: i..<(i + 1), value: date)
        case "this", "last", "next", "past", "coming":
            let step = lower == "last" || lower == "past" ? -1 : (lower == "next" || lower == "coming" ? 1 : 0)
            switch next {
            case "week":
                let week = CivilCalendar.isoWeek(dayNumber: day + 7 * step)
                return Found(tokens: i..<(i + 2), value: PartialDate(year: week.year, week: week.week))
            case "month":
                var month = anchor.month! + step
                var year = anchor.year!
                if month < 1 { month += 12; year -= 1 }
                if month > 12 { month -= 12; year += 1 }
                return Found(tokens: i..<(i + 2), value: PartialDate(year: year, month: month))
            case "year":
                return Found(tokens: i..<(i + 2), value: PartialDate(year: anchor.year! + step))
            case "morning", "afternoon", "evening":
                guard lower == "this" else { return nil }
                return Found(tokens: i..<(i + 2), label: anchor.iso + Self.partsOfDay[next]!, value: anchor)
            default:
                if let weekday = Lexicon.weekdays[next], step != 0 {
                    // "Last Monday" written on a Monday is a week ago, never the day itself.
                    let target = weekdayDate(weekday, from: day + step, direction: step)
                    return Found(tokens: i..<(i + 2), value: PartialDate(dayNumber: target))
                }
                return nil
            }
        // "the day before yesterday", "the day after tomorrow".
        case "the" where i + 3 < tokens.count && next == "day"
            && (tokens[i + 2].lower == "before" && tokens[i + 3].lower == "yesterday" || tokens[i + 2].lower == "after" && tokens[i + 3].lower == "tomorrow"):
            return Found(tokens: i..<(i + 4), value: PartialDate(dayNumber: day + (tokens[i + 2].lower == "before" ? -2 : 2)))
        case "the" where i + 1 < tokens.count:
            return periodInFocus(at: i, tokens, day: day)
        default:
            break
        }
        if let weekday = Lexicon.weekdays[lower], tokens[i].isCapitalized {
            // News reports the past: a bare weekday is the latest one (the article's own day included),
            // unless its clause looks ahead.
            var target = weekdayDate(weekday, from: day, direction: looksAhead(around: i, tokens) ? 1 : -1)
            // The nearest reading wins when the other is a week away: wire copy dated Monday says
            // "Tuesday" for the next day, and "will ... Sunday" in a Monday story is the day before.
            let previous = i > 0 ? tokens[i - 1].lower : ""
            if target == day - 6, previous != "last", previous != "past" {
                target = day + 1
            } else if target == day + 6, previous != "next", previous != "coming" {
                target = day - 1
            }
            var end = i + 1
            var label = PartialDate(dayNumber: target).iso
            if let part = Self.partsOfDay[next] {
                label += part
                end += 1
            }
            return Found(tokens: i..<end, label: label, value: PartialDate(dayNumber: target))
        }
        // "three days ago", "two weeks ago".
        // "a year earlier" counts back from the article date too, lacking a better reference.
        if let count = Self.count(lower), i + 2 < tokens.count, tokens[i + 2].lower == "ago" || tokens[i + 2].lower == "earlier" {
            switch next {
            case "day", "days":
                return Found(tokens: i..<(i + 3), value: PartialDate(dayNumber: day - count))
            case "week", "weeks":
                let week = CivilCalendar.isoWeek(dayNumber: day - 7 * count)
                return Found(tokens: i..<(i + 3), value: PartialDate(year: week.year, week: week.week))
            case "month", "months":
                var month = anchor.month! - count
                var year = anchor.year!
                while month < 1 { month += 12; year -= 1 }
                return Found(tokens: i..<(i + 3), value: PartialDate(year: year, month: month))
            case "year", "years", "decade", "decades":
                // "999 decades ago" is no calendar year.
                let year = anchor.year! - (next.hasPrefix("decade") ? 10 : 1) * count
                return year >= 1000 ? Found(tokens: i..<(i + 3), value: PartialDate(year: year)) : nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The weekday nearest before (direction -1) or after (+1) the anchor, the anchor day itself included.
    /// The article's own day, week or year, named as the period a report covers: "later in the day",
    /// "for the week", "the first nine months of the year". Only after the words that frame such a
    /// period, and not before "before", "after" or a number ("the year 2000", "the day after").
    func periodInFocus(at i: Int, _ tokens: [Token], day: Int) -> Found? {
        guard let anchorYear = anchor?.year, i > 0 else { return nil }
        let unit = tokens[i + 1].lower
        guard unit == "day" || unit == "week" || unit == "year" else { return nil }
        let before = tokens[i - 1].lower
        let after = i + 2 < tokens.count ? tokens[i + 2] : nil
        if let after, after.kind == .number || after.kind == .possessive || ["before", "after", "earlier", "ago", "when", "that", "in", "of"].contains(after.lower) {
            return nil
        }
        let earlier = i > 1 ? tokens[i - 2].lower : ""
        switch unit {
        case "day":
            // "earlier in the day", "later in the day", "the end of the day".
            guard before == "in" && ["earlier", "later", "late", "early"].contains(earlier) || before == "of" && earlier == "end" else { return nil }
            return Found(tokens: i..<(i + 2), value: PartialDate(dayNumber: day))
        case "week":
            guard before == "for" || before == "of" && ["end", "rest"].contains(earlier) else { return nil }
            let week = CivilCalendar.isoWeek(dayNumber: day)
            return Found(tokens: i..<(i + 2), value: PartialDate(year: week.year, week: week.week))
        default:
            // "For the year, volume was flat", "the first nine months of the year".
            guard before == "for" && (after == nil || after!.isPunctuation(",")) || before == "of" && ["months", "half", "quarter", "end", "rest"].contains(earlier) else {
                return nil
            }
            return Found(tokens: i..<(i + 2), value: PartialDate(year: anchorYear))
        }
    }

    func weekdayDate(_ weekday: Int, from day: Int, direction: Int) -> Int {
        let current = CivilCalendar.weekday(dayNumber: day)
        if direction < 0 { return day - (current - weekday + 7) % 7 }
        return day + (weekday - current + 7) % 7
    }

    /// Which way a date's sentence points from the article date.
    enum Tense: Sendable { case ahead, back, unknown }

    func tense(around i: Int, _ tokens: [Token]) -> Tense {
        if looksAhead(around: i, tokens) { return .ahead }
        return looksBack(around: i, tokens) ? .back : .unknown
    }

    /// True when the words before a date in its sentence report the past: "the strike began in November",
    /// "officials said on Nov. 3".
    func looksBack(around i: Int, _ tokens: [Token]) -> Bool {
        let sentence = tokens[i].sentence
        var j = i - 1
        while j >= 0, tokens[j].sentence == sentence, i - j <= 12 {
            if tokens[j].quoteDepth == tokens[i].quoteDepth, tokens[j].kind == .word {
                let w = tokens[j].lower
                if Self.pastWords.contains(w) || Lexicon.isPastForm(w) {
                    return true
                }
            }
            j -= 1
        }
        return false
    }

    /// True when the words before a date in its sentence speak of the future: "will meet on Monday".
    func looksAhead(around i: Int, _ tokens: [Token]) -> Bool {
        let sentence = tokens[i].sentence
        var j = i - 1
        var future = false
        while j >= 0, tokens[j].sentence == sentence, i - j <= 12 {
            let w = tokens[j].lower
            // A quotation's own tense is not the report's: "“…will proceed…”, Cuba predicted Wednesday";
            // a date inside the quotation reads by the quotation's tense.
            if tokens[j].quoteDepth != tokens[i].quoteDepth || tokens[j].kind == .quote {
                j -= 1
                continue
            }
            if Self.futureWords.contains(w) { future = true }
            // "is to be held", "are to travel": an arrangement ahead.
            if w == "to", j > 0, tokens[j - 1].lower == "is" || tokens[j - 1].lower == "are" { future = true }
            if Self.pastWords.contains(w) || Lexicon.speechVerbs.contains(w) && w.hasSuffix("ed") { break }
            j -= 1
        }
        // "The summit is in early December", "the vote is on Friday": a present "is" before the date's
        // preposition speaks of what is planned.
        var k = i - 1
        if k >= 0, ["early", "late", "mid"].contains(tokens[k].lower) { k -= 1 }
        if !future, k >= 1, ["in", "on"].contains(tokens[k].lower), ["is", "are"].contains(tokens[k - 1].lower), tokens[k - 1].sentence == tokens[i].sentence {
            future = true
        }
        if !future, i + 2 < tokens.count, ["will", "is", "are"].contains(tokens[i + 1].lower) && tokens[i + 2].lower != "said" {
            future = tokens[i + 1].lower == "will"
        }
        return future
    }

    /// Words before a date that put it ahead, and words that end the look back as past.
    static let futureWords: Set<String> = [
        "will", "shall", "'ll", "scheduled", "expected", "due", "upcoming", "plan", "plans", "planned", "planning", "set", "next",
        "until", "till", "starting", "begins", "opens",
    ]
    static let pastWords: Set<String> = ["said", "was", "were", "had", "did", "last", "ago", "earlier"]

    static let partsOfDay: [String: String] = ["morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"]

    static func count(_ word: String) -> Int? {
        guard let first = word.utf8.first else { return nil }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            guard let n = Int(word), n > 0, n < 1000 else { return nil }
            return n
        }
        return countWords[word] ?? nil
    }

    /// Built once: this is asked of every word of a dated article.
    private static let countWords: [String: Int?] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "several": nil, "few": nil,
    ]
}
