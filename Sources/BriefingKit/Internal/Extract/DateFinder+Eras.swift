extension DateFinder {
    /// Decades and centuries in words, and years spelled out as they are spoken: "the nineties", "the
    /// mid-1990s", "the 20th century", "this century", "nineteen ninety-six", "the year two thousand".
    /// Values follow TimeML's reduced precision: "199" for a decade, "19" for the twentieth century.
    func era(at i: Int, _ tokens: [Token]) -> Found? {
        let lower = tokens[i].lower
        // Every word comes through here: only the last letters of the few that can start an era are read.
        guard let last = lower.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "y") || last == UInt8(ascii: "n")
            || last == UInt8(ascii: "d") || last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")
        else { return nil }
        let before = i > 0 ? tokens[i - 1].lower : ""
        // "mid-1990s", "late-1970s".
        if last == UInt8(ascii: "s") || last <= UInt8(ascii: "9"), let (part, rest) = Self.dashed(lower) {
            if last == UInt8(ascii: "s"), Self.periodParts.contains(part), let decade = Self.decade(rest) {
                return Found(tokens: i..<(i + 1), label: String(decade / 10))
            }
            // "mid-1996", "post-1959": a year with a word of its part or of what came after.
            if last <= UInt8(ascii: "9"), Self.periodParts.contains(part) || part == "post" || part == "pre", let year = Int(rest), (1000...2199).contains(year) {
                return Found(tokens: i..<(i + 1), value: PartialDate(year: year))
            }
        }
        // "the nineties", "the late eighties": only after "the", since "in her forties" is an age.
        if last == UInt8(ascii: "s"), let tens = Self.decadeWords[lower], before == "the" || Self.periodParts.contains(before) && i > 1 && tokens[i - 2].lower == "the" {
            let start = before == "the" ? i - 1 : i - 2
            return Found(tokens: start..<(i + 1), label: String(latestCentury(endingIn: tens) / 10 + tens / 10))
        }
        // "the 20th century", "the twentieth century", "this century", "last century".
        if lower == "century" || lower == "centuries", i > 0 {
            // "the 20th century", and "an 11th century church" too.
            if let ordinal = Self.centuryOrdinal(before) {
                let start = i > 1 && tokens[i - 2].lower == "the" ? i - 2 : i - 1
                return Found(tokens: start..<(i + 1), label: Self.twoDigits(ordinal - 1))
            }
            if let anchorYear = anchor?.year, let shift = ["this": 0, "last": -1, "next": 1][before] {
                return Found(tokens: (i - 1)..<(i + 1), label: Self.twoDigits(anchorYear / 100 + shift))
            }
            return nil
        }
        // "nineteen ninety-six", "nineteen seventy-nine", "the year two thousand".
        if lower == "nineteen", i + 1 < tokens.count, let rest = Self.spelledTens(tokens[i + 1].lower) {
            return Found(tokens: i..<(i + 2), value: PartialDate(year: 1900 + rest))
        }
        if lower == "thousand", before == "two", i > 2, tokens[i - 2].lower == "year", tokens[i - 3].lower == "the" {
            return Found(tokens: (i - 3)..<(i + 1), value: PartialDate(year: 2000))
        }
        return nil
    }

    /// The hundreds of the latest year ending in `tens` that is not after the article: in 1998 and in
    /// 2016 alike, "the nineties" are the 1990s.
    private func latestCentury(endingIn tens: Int) -> Int {
        let year = anchor?.year ?? 1999
        let hundreds = year / 100 * 100
        return hundreds + tens <= year ? hundreds : hundreds - 100
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static let decadeWords: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]

    private static let tensWords: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let unitWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]

    /// "ninety-six" → 96, "seventy" → 70.
    static func spelledTens(_ word: String) -> Int? {
        let parts = word.split(separator: "-").map(String.init)
        guard let tens = parts.first.flatMap({ tensWords[$0] }) else { return nil }
        if parts.count == 1 { return tens }
        guard parts.count == 2, let unit = unitWords[parts[1]] else { return nil }
        return tens + unit
    }

    /// "20th" and "twentieth" → 20, for the centuries news writes of.
    static func centuryOrdinal(_ word: String) -> Int? {
        if let n = Int(word.dropLast(2)), ["st", "nd", "rd", "th"].contains(String(word.suffix(2))), (1...22).contains(n) { return n }
        return [
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
        ][word]
    }
}
