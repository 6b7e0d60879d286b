/// A calendar date known to some precision: a year, a month, a day, an ISO week, or only a month and day.
///
/// Its `iso` form is ISO 8601 at that precision: "2016", "2016-02", "2016-02-11", "2016-W06", or
/// "--02-11" when the year is unknown.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// ISO week number; when set, `month` and `day` are nil.
    public var week: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, week: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.week = week
    }

    /// Parses the ISO forms that `iso` writes; nil for anything else, including impossible days.
    public init?(iso text: String) {
        // Every form is at most "2016-W06" or "2016-02-11" long and starts with a digit or "--"; most
        // words fail here, before any splitting.
        guard let first = text.utf8.first, text.utf8.count <= 10, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39)
        else { return nil }
        if let plain = Self.plainDate(text) {
            self = plain
            guard isValid else { return nil }
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if text.hasPrefix("--") {
            guard parts.count == 4, let m = Int(parts[2]), let d = Int(parts[3]), parts[2].count == 2, parts[3].count == 2
            else { return nil }
            self.init(month: m, day: d)
        } else if parts.count == 2, parts[1].hasPrefix("W"), let y = Int(parts[0]), let w = Int(parts[1].dropFirst()) {
            guard parts[0].count == 4, (1...53).contains(w) else { return nil }
            self.init(year: y, week: w)
        } else {
            guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
            var m: Int?
            var d: Int?
            if parts.count >= 2 {
                guard parts[1].count == 2, let value = Int(parts[1]) else { return nil }
                m = value
            }
            if parts.count == 3 {
                guard parts[2].count == 2, let value = Int(parts[2]) else { return nil }
                d = value
            }
            self.init(year: y, month: m, day: d)
        }
        guard isValid else { return nil }
    }

    /// "2016", "2016-02" or "2016-02-11", read from the bytes: the forms a site's every timeline entry
    /// and briefing date take. Nil for any other text, which the full parse reads.
    private static func plainDate(_ text: String) -> PartialDate? {
        var text = text
        return text.withUTF8 { b -> PartialDate? in
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for i in start..<(start + count) {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return value
            }
            let dash = UInt8(ascii: "-")
            guard [4, 7, 10].contains(b.count), let year = number(0, 4) else { return nil }
            switch b.count {
            case 4: return PartialDate(year: year)
            case 7:
                guard b[4] == dash, let month = number(5, 2) else { return nil }
                return PartialDate(year: year, month: month)
            case 10:
                guard b[4] == dash, b[7] == dash, let month = number(5, 2), let day = number(8, 2) else { return nil }
                return PartialDate(year: year, month: month, day: day)
            default: return nil
            }
        }
    }

    /// True when the month and day exist (February 29 only in leap years, when the year is known).
    public var isValid: Bool {
        if let month, !(1...12).contains(month) { return false }
        if let day {
            guard let month else { return false }
            let limit = CivilCalendar.daysIn(month: month, year: year ?? 2000)
            if !(1...limit).contains(day) { return false }
        }
        if day == nil, month == nil, year == nil, week == nil { return false }
        return true
    }

    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func four(_ n: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, 4 - s.count)) + s
        }
        if let week, let year { return "\(four(year))-W\(two(week))" }
        guard let year else {
            if let month, let day { return "--\(two(month))-\(two(day))" }
            if let month { return "--\(two(month))" }
            return ""
        }
        var out = four(year)
        if let month { out += "-\(two(month))" }
        if let month, let day { _ = month; out += "-\(two(day))" }
        return out
    }

    public var description: String { iso }

    /// True when year, month and day are all known.
    public var isFullDay: Bool { year != nil && month != nil && day != nil }

    /// Orders by what is known, earlier first; a less precise date sorts before the more precise ones it contains.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    /// A tuple rather than an array: the whole site's timeline is sorted with it, and an array would be
    /// allocated twice a comparison.
    private var sortKey: (Int, Int, Int, Int) {
        if let week { return (year ?? -1, CivilCalendar.month(ofISOWeek: week, year: year ?? 2000), 0, week) }
        return (year ?? -1, month ?? 0, day ?? 0, 0)
    }
}

/// Gregorian calendar arithmetic on plain integers, so that dates never depend on the machine's time zone.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// 0 = Monday … 6 = Sunday.
    static func weekday(dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday (3).
        ((dayNumber % 7) + 7 + 3) % 7
    }

    static func isoWeek(dayNumber: Int) -> (year: Int, week: Int) {
        let thursday = dayNumber - weekday(dayNumber: dayNumber) + 3
        let year = civil(fromDayNumber: thursday).year
        let firstDay = Self.dayNumber(year: year, month: 1, day: 1)
        return (year, (thursday - firstDay) / 7 + 1)
    }

    static func month(ofISOWeek week: Int, year: Int) -> Int {
        let jan4 = dayNumber(year: year, month: 1, day: 4)
        let monday = jan4 - weekday(dayNumber: jan4) + (week - 1) * 7
        return civil(fromDayNumber: monday + 3).month
    }
}

extension PartialDate {
    /// The day number of a full date.
    var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        return CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    init(dayNumber: Int) {
        let c = CivilCalendar.civil(fromDayNumber: dayNumber)
        self.init(year: c.year, month: c.month, day: c.day)
    }
}
