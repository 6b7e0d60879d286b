extension DateFinder {
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]
    /// Words after "the past" that make it a period: "the past year", "the past few weeks".
    static let pastPeriodWords: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "quarter", "quarters",
        "few", "several", "couple", "hour", "hours", "season", "seasons", "weekend", "summer", "winter", "spring", "autumn", "fall",
    ]
    static let seasons: [String: (code: String, month: Int)] = [
        "spring": ("SP", 4), "summer": ("SU", 7), "fall": ("FA", 10), "autumn": ("FA", 10), "winter": ("WI", 1),
    ]

    /// The words a period below can start with, besides "third-quarter" and "Q3".
    static let periodStarts = WordFilter(
        [
            "now", "currently", "presently", "nowadays", "recently", "lately", "current", "recent", "days", "soon", "past", "future", "coming",
            "term", "few", "several", "year-end", "year", "month", "quarter", "period", "weekend", "a", "one", "year-earlier", "year-ago",
        ] + ordinals.keys + seasons.keys)

    /// Periods that ISO 8601 has no notation for, in TimeML's forms: quarters and halves ("2016-Q3",
    /// "2016-H1"), seasons ("2016-SU"), weekends ("2016-W06-WE"), and the vague present, past and future.
    func period(at i: Int, _ tokens: [Token]) -> Found? {
        let lower = tokens[i].lower
        // Asked of every word: most are ruled out by their first letter and length alone.
        guard Self.periodStarts.mayContain(lower) || lower.utf8.last == UInt8(ascii: "r") && lower.hasSuffix("-quarter")
            || lower.utf8.count == 2 && lower.utf8.first == UInt8(ascii: "q")
        else { return nil }
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        let previous = i > 0 ? tokens[i - 1].lower : ""
        // The vague references need no article date.
        switch lower {
        case "now", "currently", "presently", "nowadays":
            return Found(tokens: i..<(i + 1), label: "PRESENT_REF")
        case "recently", "lately":
            return Found(tokens: i..<(i + 1), label: "PAST_REF")
        case "current" where i + 1 < tokens.count && tokens[i + 1].kind == .word && next != "quarter" && next != "period":
            return Found(tokens: i..<(i + 1), label: "PRESENT_REF")
        case "recent" where next == "years" || next == "months" || next == "weeks" || next == "days":
            return Found(tokens: i..<(i + 2), label: "PAST_REF")
        case "recent":
            return Found(tokens: i..<(i + 1), label: "PAST_REF")
        case "days" where previous == "these":
            return Found(tokens: (i - 1)..<(i + 1), label: "PRESENT_REF")
        case "soon" where previous != "as" && previous != "too":
            return Found(tokens: i..<(i + 1), label: "FUTURE_REF")
        case "past" where previous == "the" && (next == "" || tokens[i + 1].kind == .punctuation):
            return Found(tokens: (i - 1)..<(i + 1), label: "PAST_REF")
        // "indicated in the past that…": not "in the past year", which is a period of its own.
        case "past" where previous == "the" && i > 1 && tokens[i - 2].lower == "in" && i + 1 < tokens.count && tokens[i + 1].kind == .word
            && !Self.pastPeriodWords.contains(next) && Self.count(next) == nil:
            return Found(tokens: (i - 1)..<(i + 1), label: "PAST_REF")
        case "future" where (previous == "the" || previous == "in") && next != "of":
            return Found(tokens: (previous == "the" ? i - 1 : i)..<(i + 1), label: "FUTURE_REF")
        case "future" where previous == "near" && i > 1 && tokens[i - 2].lower == "the":
            return Found(tokens: (i - 2)..<(i + 1), label: "FUTURE_REF")
        // "in the coming months", "the near term", "the short term".
        case "coming" where ["months", "weeks", "years", "quarters", "days"].contains(next):
            return Found(tokens: i..<(i + 2), label: "FUTURE_REF")
        case "term" where ["near", "short"].contains(previous) && i > 1 && tokens[i - 2].lower == "the":
            return Found(tokens: (i - 2)..<(i + 1), label: "FUTURE_REF")
        // "the last few months", "the past several quarters".
        case _ where (lower == "few" || lower == "several") && ["last", "past"].contains(previous) && i > 1 && tokens[i - 2].lower == "the"
            && ["months", "years", "weeks", "quarters", "days", "decades"].contains(next):
            return Found(tokens: (i - 2)..<(i + 2), label: "PAST_REF")
        default:
            break
        }
        guard let anchorYear = anchor?.year else { return nil }
        let anchorMonth = anchor?.month ?? 12

        // "by year-end", "since year-end", "by year end": the last day of this year, or of the last one.
        if lower == "year-end" || lower == "year" && next == "end" && ["by", "at", "before", "until", "till", "since", "from"].contains(previous) {
            let year = ["since", "from"].contains(previous) ? anchorYear - 1 : anchorYear
            return Found(tokens: i..<(lower == "year" ? i + 2 : i + 1), value: PartialDate(year: year, month: 12, day: 31))
        }
        // "the end of the month": the article's month.
        if lower == "month", previous == "the", i > 3, tokens[i - 2].lower == "of", tokens[i - 3].lower == "end", tokens[i - 4].lower == "the",
            let month = anchor?.month
        {
            return Found(tokens: (i - 4)..<(i + 1), value: PartialDate(year: anchorYear, month: month))
        }


        // "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3".
        var quarter: Int?
        var end = i
        if let n = Self.ordinals[lower], next == "quarter" || next == "half" {
            quarter = n
            end = i + 2
        } else if lower.hasSuffix("-quarter"), let n = Self.ordinals[String(lower.dropLast("-quarter".count))] {
            quarter = n
            end = i + 1
        } else if lower.count == 2, lower.hasPrefix("q"), let n = Int(lower.dropFirst()), (1...4).contains(n), tokens[i].text.hasPrefix("Q") {
            quarter = n
            end = i + 1
        }
        if let n = quarter {
            let isHalf = end == i + 2 && next == "half"
            if isHalf && n > 2 { return nil }
            var year = anchorYear
            var last = end
            if let explicit = yearAfter(tokens, end) ?? namedYearAfter(tokens, end, anchorYear: anchorYear) {
                year = explicit.year
                last = explicit.end
            } else if isHalf && isAboutPlay(around: i, tokens) {
                // "scored in the first half": a half of the match.
                return nil
            } else {
                let firstMonth = isHalf ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1
                if firstMonth > anchorMonth { year -= 1 }
            }
            return Found(tokens: i..<last, label: "\(year)-\(isHalf ? "H" : "Q")\(n)")
        }
        // "the quarter", "the latest quarter", "the latest period": the last one completed before the article.
        if lower == "quarter" && ["the", "latest", "recent", "current"].contains(previous)
            || lower == "period" && ["latest", "current"].contains(previous) && next != "of"
        {
            let current = (anchorMonth - 1) / 3 + 1
            if previous == "current" { return Found(tokens: (i - 1)..<(i + 1), label: "\(anchorYear)-Q\(current)") }
            let q = current == 1 ? 4 : current - 1
            return Found(tokens: (i - 1)..<(i + 1), label: "\(current == 1 ? anchorYear - 1 : anchorYear)-Q\(q)")
        }
        // Seasons: "this summer", "last fall", "winter 2015", "this past spring".
        if let season = Self.seasons[lower] {
            if let explicit = yearAfter(tokens, i + 1) {
                return Found(tokens: i..<explicit.end, label: "\(explicit.year)-\(season.code)")
            }
            if previous == "past", i > 1, tokens[i - 2].lower == "this" {
                let year = season.month < anchorMonth ? anchorYear : anchorYear - 1
                return Found(tokens: (i - 2)..<(i + 1), label: "\(year)-\(season.code)")
            }
            guard ["this", "last", "next", "early", "late", "the", "in"].contains(previous) else { return nil }
            var year = anchorYear
            if previous == "last" { year = season.month < anchorMonth - 2 ? anchorYear : anchorYear - 1 }
            if previous == "next" { year = season.month > anchorMonth ? anchorYear : anchorYear + 1 }
            let start = ["this", "last", "next", "early", "late"].contains(previous) ? i - 1 : i
            return Found(tokens: start..<(i + 1), label: "\(year)-\(season.code)")
        }
        // Weekends: the one before the article unless the sentence looks ahead.
        if lower == "weekend", ["the", "this", "last", "next"].contains(previous), let day = anchor?.dayNumber {
            let weekday = CivilCalendar.weekday(dayNumber: day)
            var saturday = day - weekday + 5
            if previous == "last" || (previous == "the" && !looksAhead(around: i, tokens) && saturday > day) { saturday -= 7 }
            if previous == "next" { saturday += 7 }
            let week = CivilCalendar.isoWeek(dayNumber: saturday)
            return Found(tokens: (i - 1)..<(i + 1), label: "\(week.year)-W\(week.week < 10 ? "0" : "")\(week.week)-WE")
        }
        // "a year earlier", "a year ago" (the latter is handled with other "ago" phrases).
        if (lower == "a" || lower == "one"), next == "year", i + 2 < tokens.count, tokens[i + 2].lower == "earlier" || tokens[i + 2].lower == "before" {
            return Found(tokens: i..<(i + 3), value: PartialDate(year: anchorYear - 1))
        }
        // "a year-earlier loss", "the year-ago quarter": the results a report compares with.
        if lower == "year-earlier" || lower == "year-ago" {
            // "the year-ago third quarter": the quarter it names, a year back.
            if i + 1 < tokens.count, let named = period(at: i + 1, tokens), let quarter = Self.quarter(of: named.label) {
                return Found(tokens: i..<named.tokens.upperBound, label: "\(quarter.year - 1)-Q\(quarter.quarter)")
            }
            // "the year-ago quarter", "the year-earlier period".
            // A comparison, not an event: a label, which keeps it off the timeline.
            let end = i + 1 < tokens.count && ["quarter", "period", "results"].contains(tokens[i + 1].lower) ? i + 2 : i + 1
            return Found(tokens: i..<end, label: "\(anchorYear - 1)")
        }
        return nil
    }

    /// "of 1989" or "1989" right after a period name.
    private func yearAfter(_ tokens: [Token], _ i: Int) -> (year: Int, end: Int)? {
        var j = i
        if j < tokens.count, tokens[j].lower == "of" { j += 1 }
        guard j < tokens.count, tokens[j].kind == .number, tokens[j].text.count == 4, let y = Int(tokens[j].text), (1000...2199).contains(y) else { return nil }
        return (y, j + 1)
    }

    /// "of the year", "of this year", "of last year", "of next year" right after a period name.
    private func namedYearAfter(_ tokens: [Token], _ i: Int, anchorYear: Int) -> (year: Int, end: Int)? {
        guard i + 2 < tokens.count, tokens[i].lower == "of", tokens[i + 2].lower == "year" else { return nil }
        switch tokens[i + 1].lower {
        case "the", "this": return (anchorYear, i + 3)
        case "last": return (anchorYear - 1, i + 3)
        case "next": return (anchorYear + 1, i + 3)
        default: return nil
        }
    }

    /// True when the sentence around token `i` reports a game: its halves are the match's, not the year's.
    func isAboutPlay(around i: Int, _ tokens: [Token]) -> Bool {
        let sentence = tokens[i].sentence
        var j = i
        while j > 0, tokens[j - 1].sentence == sentence { j -= 1 }
        while j < tokens.count, tokens[j].sentence == sentence {
            if Self.playWords.contains(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    static let playWords: Set<String> = [
        "scored", "score", "scoring", "scores", "goal", "goals", "match", "game", "penalty", "booked", "foul", "whistle", "half-time",
        "halftime", "kick-off", "equaliser", "equalizer", "striker", "goalkeeper", "substitute", "minute", "try", "tries", "innings",
        "touchdown", "touchdowns", "referee", "header", "corner", "free-kick", "red", "yellow", "card", "sent",
    ]

    /// "1989-Q3" → (1989, 3).
    static func quarter(of label: String) -> (year: Int, quarter: Int)? {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2, parts[1].hasPrefix("Q"),
            let q = Int(parts[1].dropFirst()), (1...4).contains(q)
        else { return nil }
        return (year, q)
    }

    /// The comparisons of a results report: "a year ago", "a year earlier", "the year-earlier quarter".
    static func isYearAgo(_ text: String) -> Bool {
        let lower = Token.lowercased(text)
        return ["a year ago", "a year earlier", "year-earlier", "year-ago", "a year before"].contains { lower.containsBytes(of: $0) }
    }
}
