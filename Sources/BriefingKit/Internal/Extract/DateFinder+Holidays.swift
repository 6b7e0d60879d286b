extension DateFinder {
    /// Decades ("the 1980s", "the late 1970s": ISO 8601's reduced precision, "198") and named days
    /// ("Christmas", "Thanksgiving Day", "last Easter"), a named day in the year that puts it nearest the
    /// article date unless "last" or "next" says otherwise.
    func namedPeriod(at i: Int, _ tokens: [Token]) -> Found? {
        let lower = tokens[i].lower
        if let decade = Self.decade(lower), i + 1 >= tokens.count || tokens[i + 1].lower != "of" {
            var start = i
            if i > 0, ["early", "mid", "late"].contains(tokens[i - 1].lower) { start = i - 1 }
            return Found(tokens: start..<(i + 1), label: String(decade / 10))
        }
        guard tokens[i].isCapitalized, let first = lower.utf8.first, Self.holidayInitials[Int(first)],
            let candidates = Self.holidaysByFirstWord[Self.holidayWord(lower)]
        else { return nil }
        let before = i > 0 ? tokens[i - 1].lower : ""
        // "Chinese New Year" and "Lunar New Year" follow another calendar.
        guard !["chinese", "lunar", "orthodox", "jewish", "islamic"].contains(before) else { return nil }
        for (words, day) in candidates {
            // The name's words, a possessive split from one of them aside: "New Year's Eve".
            var end = i
            var matches = true
            for word in words {
                if end > i, end < tokens.count, tokens[end].kind == .possessive { end += 1 }
                guard end < tokens.count, Self.holidayWord(tokens[end].lower) == word else {
                    matches = false
                    break
                }
                end += 1
            }
            guard matches else { continue }
            // "Valentine's Day", "New Year's Day": the possessive before "Day" belongs to the name.
            if end + 1 < tokens.count, tokens[end].kind == .possessive, tokens[end + 1].lower == "day", words.last != "day" { end += 1 }
            if end < tokens.count, tokens[end].lower == "day", words.last != "day" { end += 1 }
            // "Valentine" alone is a name ("Bobby Valentine's team"): the day is "Valentine's Day",
            // "Valentine Day", or "Valentine's" written as one word.
            if words == ["valentine"], tokens[end - 1].lower != "day", !tokens[i].lower.hasSuffix("s") { return nil }
            // "Easter Island", "the Good Friday Agreement", "Christmas Island": a name that goes on.
            if end < tokens.count, tokens[end].isCapitalized, !["eve", "sunday", "monday"].contains(tokens[end].lower) { return nil }
            var start = i
            if ["last", "next", "this"].contains(before) { start = i - 1 }
            // "Christmas Day 1914": the year written after the day.
            if end < tokens.count, tokens[end].kind == .number, tokens[end].text.utf8.count == 4, let written = Int(tokens[end].text),
                (1000...2199).contains(written), let date = day.date(written)
            {
                return Found(tokens: start..<(end + 1), value: date)
            }
            guard let year = holidayYear(day, relation: before), let date = day.date(year) else { return nil }
            return Found(tokens: start..<end, value: date)
        }
        return nil
    }

    /// "1980s" → 1980.
    static func decade(_ word: String) -> Int? {
        guard word.utf8.count == 5, word.hasSuffix("s"), let n = Int(word.dropLast()), n % 10 == 0, (1100...2190).contains(n) else { return nil }
        return n
    }

    /// "christmas'" and "christmas's" read as "christmas".
    private static func holidayWord(_ word: String) -> String {
        // Only a word ending in "s" or an apostrophe's last byte can have one of the endings.
        guard let last = word.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else { return word }
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        return word
    }

    /// The year of the named day nearest the article date, or the one before or after it.
    private func holidayYear(_ day: Holiday, relation: String) -> Int? {
        guard let anchor, let anchorYear = anchor.year else { return nil }
        // An article dated by its month alone is taken from the month's first day.
        let anchorDay = anchor.dayNumber ?? CivilCalendar.dayNumber(year: anchorYear, month: anchor.month ?? 1, day: 1)
        let candidates = [anchorYear - 1, anchorYear, anchorYear + 1].compactMap { y in day.date(y)?.dayNumber.map { (y, $0) } }
        switch relation {
        case "last": return candidates.last { $0.1 < anchorDay }?.0
        case "next": return candidates.first { $0.1 > anchorDay }?.0
        default: return candidates.min { abs($0.1 - anchorDay) < abs($1.1 - anchorDay) }?.0
        }
    }

    /// A named day's rule: a fixed day, the nth weekday of a month (n = -1, or any n below 1, for the
    /// last), or Easter's offset.
    enum Holiday: Sendable {
        case fixed(month: Int, day: Int)
        case nthWeekday(month: Int, weekday: Int, n: Int)
        case easter(offset: Int)
        /// The Tuesday after the first Monday of November: the United States' election day.
        case election

        func date(_ year: Int) -> PartialDate? {
            switch self {
            case .fixed(let month, let day):
                return PartialDate(year: year, month: month, day: day)
            case .nthWeekday(let month, let weekday, let n):
                if n > 0 {
                    let first = CivilCalendar.dayNumber(year: year, month: month, day: 1)
                    let offset = (weekday - CivilCalendar.weekday(dayNumber: first) + 7) % 7
                    return PartialDate(dayNumber: first + offset + 7 * (n - 1))
                }
                let last = CivilCalendar.dayNumber(year: year, month: month, day: CivilCalendar.daysIn(month: month, year: year))
                return PartialDate(dayNumber: last - (CivilCalendar.weekday(dayNumber: last) - weekday + 7) % 7)
            case .easter(let offset):
                // The anonymous Gregorian computus.
                let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
                let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
                let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
                let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
                return PartialDate(dayNumber: CivilCalendar.dayNumber(year: year, month: month, day: day) + offset)
            case .election:
                guard let monday = Holiday.nthWeekday(month: 11, weekday: 0, n: 1).date(year)?.dayNumber else { return nil }
                return PartialDate(dayNumber: monday + 1)
            }
        }
    }

    /// Days news names without a date, as lower-case words; longer names come first. The movable ones
    /// are the United States' (Thanksgiving, Memorial, Labor and Election Day). Independence days are
    /// left out: every country has its own.
    static let holidays: [([String], Holiday)] = [
        (["new", "year", "eve"], .fixed(month: 12, day: 31)),
        (["new", "year"], .fixed(month: 1, day: 1)),
        (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas"], .fixed(month: 12, day: 25)),
        (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["valentine"], .fixed(month: 2, day: 14)),
        (["valentines", "day"], .fixed(month: 2, day: 14)),
        (["halloween"], .fixed(month: 10, day: 31)),
        (["bastille", "day"], .fixed(month: 7, day: 14)),
        (["armistice", "day"], .fixed(month: 11, day: 11)),
        (["veterans", "day"], .fixed(month: 11, day: 11)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 3, n: 4)),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 0, n: -1)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 0, n: 1)),
        (["election", "day"], .election),
        (["good", "friday"], .easter(offset: -2)),
        (["easter", "sunday"], .easter(offset: 0)),
        (["easter", "monday"], .easter(offset: 1)),
        (["easter"], .easter(offset: 0)),
    ]

    /// By first byte: whether a named day's first word starts with it.
    private static let holidayInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 256)
        for (words, _) in holidays { if let first = words[0].utf8.first { initials[Int(first)] = true } }
        return initials
    }()
    private static let holidaysByFirstWord: [String: [([String], Holiday)]] = Dictionary(grouping: holidays, by: { $0.0[0] })
}
