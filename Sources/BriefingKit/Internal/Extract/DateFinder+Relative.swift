extension DateFinder {
    /// today, tomorrow, yesterday, on Monday, last week, this year, three days ago.
    func relative(at i: Int, _ tokens: [Token]) -> Found? {
        guard tokens[i].kind == .word, let anchor, let day = anchor.dayNumber else { return nil }
        let lower = tokens[i].lower
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        switch lower {
        case "today", "tonight":
            return Found(tokens: i..<(i + 1), value: anchor)
        case "yesterday":
            return Found(tokens: i..<(i + 1), value: PartialDate(dayNumber: day - 1))
        case "tomorrow":
            return Found(tokens: i..<(i + 1), value: PartialDate(dayNumber: day + 1))
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
                return Found(tokens: i..<(i + 2), value: anchor)
            default:
                if let weekday = Lexicon.weekdays[next], step != 0 {
                    let target = weekdayDate(weekday, from: day, direction: step)
                    return Found(tokens: i..<(i + 2), value: PartialDate(dayNumber: target))
                }
                return nil
            }
        default:
            break
        }
        if let weekday = Lexicon.weekdays[lower], tokens[i].isCapitalized {
            // News reports the past: a bare weekday is the latest one, unless the sentence looks ahead.
            let sentence = tokens[i].sentence
            let future = tokens.contains { $0.sentence == sentence && ["will", "plans", "scheduled", "expected", "due", "to", "next", "shall"].contains($0.lower) }
                && !tokens.contains { $0.sentence == sentence && ["said", "was", "were", "had", "did", "met", "announced"].contains($0.lower) }
            let target = weekdayDate(weekday, from: day, direction: future ? 1 : -1)
            return Found(tokens: i..<(i + 1), value: PartialDate(dayNumber: target))
        }
        // "three days ago", "two weeks ago".
        if let count = Self.count(lower), i + 2 < tokens.count, tokens[i + 2].lower == "ago" {
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
            case "year", "years":
                return Found(tokens: i..<(i + 3), value: PartialDate(year: anchor.year! - count))
            default:
                return nil
            }
        }
        return nil
    }

    /// The weekday nearest before (direction -1) or after (+1) the anchor; the anchor day itself counts as the past.
    func weekdayDate(_ weekday: Int, from day: Int, direction: Int) -> Int {
        let current = CivilCalendar.weekday(dayNumber: day)
        if direction < 0 {
            let back = (current - weekday + 7) % 7
            return day - back
        }
        let forward = (weekday - current + 7) % 7
        return day + (forward == 0 ? 7 : forward)
    }

    static func count(_ word: String) -> Int? {
        if let n = Int(word), n > 0, n < 1000 { return n }
        let words = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": nil, "few": nil] as [String: Int?]
        return words[word] ?? nil
    }
}
