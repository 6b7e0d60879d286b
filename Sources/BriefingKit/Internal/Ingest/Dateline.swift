/// The opening "MOSCOW, February 10." of an agency story: a place, and often a month and day.
struct Dateline: Sendable, Equatable {
    var place: String
    var date: PartialDate?
    /// Length in Unicode scalars of the dateline at the start of the paragraph, separators included.
    var length: Int

    /// Recognises "MOSCOW, February 10.", "NEW YORK (Reuters) -", "Moscow, Feb. 10, 2016 —", "LONDON —",
    /// and the wire archives' "MINSK 1996-08-30" and "TAVILDARA, Tajikistan 1996-08-30". A region after
    /// the town stays in `place`, after a comma.
    static func parse(_ paragraph: String) -> Dateline? {
        var reader = TextReader(paragraph)
        // The place: one to four words, all capitals, or capitalized when a date follows.
        var placeWords: [String] = []
        var allCaps = true
        while placeWords.count < 4 {
            let word = reader.read(while: { $0.properties.isAlphabetic || $0 == "." || $0 == "'" || $0 == "-" })
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count >= 2 else { break }
            if word.unicodeScalars.contains(where: { $0.properties.isLowercase }) { allCaps = false }
            placeWords.append(word)
            guard reader.peek() == " ", let after = reader.peek(offset: 1), after.properties.isUppercase else { break }
            reader.skip()
        }
        guard !placeWords.isEmpty, placeWords.joined().unicodeScalars.filter(\.properties.isAlphabetic).count >= 3 else {
            return nil
        }
        var agency = false
        reader.skipSpaces()
        // A region or country after the town: "TAVILDARA, Tajikistan" (a month there starts the date).
        var region: String?
        if reader.peek() == "," {
            var probe = reader
            probe.skip()
            probe.skipSpaces()
            var words: [String] = []
            while words.count < 3 {
                // "Okla." and "D.C.": a state's abbreviation keeps its full stops.
                let word = probe.read(while: { $0.properties.isAlphabetic || $0 == "." })
                let bare = String(word.lowercased().filter { $0 != "." })
                guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count >= 2,
                    Lexicon.months[bare] == nil, Lexicon.weekdays[bare] == nil
                else { break }
                words.append(word)
                guard probe.peek() == " ", let after = probe.peek(offset: 1), after.properties.isUppercase else { break }
                probe.skip()
            }
            if !words.isEmpty {
                region = words.joined(separator: " ")
                reader = probe
                reader.skipSpaces()
            }
        }
        guard let bracketed = Self.readAgency(&reader) else { return nil }
        if bracketed {
            agency = true
            reader.skipSpaces()
        }
        var date: PartialDate?
        if let first = reader.peek(), first.properties.numericType != nil {
            // Agency wires' "MINSK 1996-08-30": a full ISO date, which alone makes the line a dateline.
            var probe = reader
            let token = probe.read(while: { $0.properties.numericType != nil || $0 == "-" })
            guard allCaps, token.unicodeScalars.count == 10, let iso = PartialDate(iso: token), iso.day != nil, iso.isValid else {
                return nil
            }
            date = iso
            reader = probe
        } else if reader.peek() == "," {
            reader.skip()
            reader.skipSpaces()
            // "February 10" or, as British and European agencies write it, "10 February 2016".
            let dayFirst = reader.peek()?.properties.numericType != nil
            let leadingDay = dayFirst ? reader.read(while: { $0.properties.numericType != nil }) : ""
            if dayFirst { reader.skipSpaces() }
            let monthWord = reader.read(while: { $0.properties.isAlphabetic })
            guard let month = Lexicon.months[monthWord.lowercased()] else { return nil }
            if reader.peek() == "." { reader.skip() }
            reader.skipSpaces()
            let dayText = dayFirst ? leadingDay : reader.read(while: { $0.properties.numericType != nil })
            guard let day = Int(dayText), (1...31).contains(day) else { return nil }
            var year: Int?
            if dayFirst {
                year = Self.readYear(&reader)
            } else if reader.peek() == ",", reader.peek(offset: 1) == " " {
                var probe = reader
                probe.skip()
                probe.skipSpaces()
                if let y = Self.readYear(&probe) {
                    year = y
                    reader = probe
                }
            }
            date = PartialDate(year: year, month: month, day: day)
            if date?.isValid != true { return nil }
            // The agency after the date: "BEIJING, March 3 (Xinhua) --".
            reader.skipSpaces()
            guard Self.readAgency(&reader) != nil else { return nil }
        } else if !agency {
            // "LONDON —" with no date: only capitals make it a dateline.
            guard allCaps else { return nil }
        }
        guard allCaps || date != nil else { return nil }
        reader.skipSpaces()
        // The separator: a full stop, a dash or a colon.
        let separator = reader.peek()
        if separator == "." || separator == ":" || separator == "-" || separator == "\u{2013}" || separator == "\u{2014}" {
            reader.skip()
            while reader.peek() == "-" { reader.skip() }
        } else if date == nil {
            return nil
        }
        reader.skipSpaces()
        guard !reader.isAtEnd else { return nil }
        var place = placeWords.map { allCaps ? Self.titleCase($0) : $0 }.joined(separator: " ")
        if let region { place += ", " + (region.unicodeScalars.allSatisfy { !$0.properties.isLowercase } ? Self.titleCase(region) : region) }
        return Dateline(place: place, date: date, length: reader.offset)
    }

    /// "(Reuters)" at the reader: true when read, false when there is none, nil when it never closes.
    private static func readAgency(_ reader: inout TextReader) -> Bool? {
        guard reader.peek() == "(" else { return false }
        let inside = reader.read(until: ")")
        guard inside.count <= 40, reader.peek() == ")" else { return nil }
        reader.skip()
        return true
    }

    /// A four-digit year at the reader, read only when there is one.
    private static func readYear(_ reader: inout TextReader) -> Int? {
        var probe = reader
        let text = probe.read(while: { $0.properties.numericType != nil })
        guard text.count == 4, let year = Int(text) else { return nil }
        reader = probe
        return year
    }

    /// "NEW-YORK" → "New-York", "ST." → "St.".
    static func titleCase(_ word: String) -> String {
        var out = ""
        var startOfPart = true
        for ch in word {
            out += startOfPart ? ch.uppercased() : ch.lowercased()
            startOfPart = !ch.isLetter
        }
        return out
    }
}
