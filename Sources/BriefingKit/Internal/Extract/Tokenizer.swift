/// Splits a paragraph into tokens and sentences.
///
/// It works on Unicode scalars rather than `Character`s: news text is overwhelmingly scalars that
/// stand alone, and scalar offsets are cheap to slice and compare.
struct Tokenizer {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
    }

    func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if Self.isSpace(s) {
                i += 1
                continue
            }
            if Self.isWordScalar(s) {
                let start = i
                var isNumber = Self.isDigit(s)
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Self.isWordScalar(c) {
                        if isNumber, !Self.isDigit(c) { isNumber = false }
                        i += 1
                        continue
                    }
                    let next = i + 1 < n ? scalars[i + 1] : " "
                    // Joiners inside a word: al-Assad, 74-year-old, don’t, 2,000, 3.5, 10:30.
                    if (c == "-" || c == "\u{2011}") && Self.isWordScalar(next) { i += 1; continue }
                    if (c == "'" || c == "\u{2019}") && Self.isLetter(next) {
                        // Possessive 's stays apart so that "Zakharova’s" names Zakharova.
                        let after = i + 2 < n ? scalars[i + 2] : " "
                        if (next == "s" || next == "S") && !Self.isWordScalar(after) { break }
                        i += 1
                        continue
                    }
                    if (c == "," || c == "." || c == ":") && isNumber && Self.isDigit(next) {
                        i += 1
                        continue
                    }
                    if c == "." && Self.isInitialism(scalars[start..<i]) {
                        // U.S., U.N., a.m.: keep the dots of an initialism in the word.
                        i += 1
                        continue
                    }
                    break
                }
                var kind: Token.Kind = isNumber ? .number : .word
                if kind == .number, scalars[start..<i].contains(where: Self.isLetter) { kind = .word }
                tokens.append(Token(kind: kind, text: text(start..<i), start: start, end: i))
                continue
            }
            if (s == "'" || s == "\u{2019}") && i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                && (i + 2 >= n || !Self.isWordScalar(scalars[i + 2])) && !tokens.isEmpty && tokens.last!.end == i
                && tokens.last!.kind == .word
            {
                tokens.append(Token(kind: .possessive, text: text(i..<(i + 2)), start: i, end: i + 2))
                i += 2
                continue
            }
            if Self.quoteMarks.contains(s) {
                tokens.append(Token(kind: .quote, text: String(s), start: i, end: i + 1))
                i += 1
                continue
            }
            if s == "\u{2013}" || s == "\u{2014}" || s == "\u{2015}" || s == "\u{2212}" {
                tokens.append(Token(kind: .dash, text: String(s), start: i, end: i + 1))
                i += 1
                continue
            }
            if s == "-" {
                var j = i
                while j < n && scalars[j] == "-" { j += 1 }
                let spacedBefore = i == 0 || scalars[i - 1].properties.isWhitespace
                let spacedAfter = j >= n || scalars[j].properties.isWhitespace
                let kind: Token.Kind = (spacedBefore || spacedAfter || j - i > 1) ? .dash : .punctuation
                tokens.append(Token(kind: kind, text: text(i..<j), start: i, end: j))
                i = j
                continue
            }
            if s == "." && i + 2 < n && scalars[i + 1] == "." && scalars[i + 2] == "." {
                tokens.append(Token(kind: .punctuation, text: "…", start: i, end: i + 3))
                i += 3
                continue
            }
            tokens.append(Token(kind: .punctuation, text: String(s), start: i, end: i + 1))
            i += 1
        }
        assignSentences(&tokens)
        return tokens
    }

    static let quoteMarks: Set<Unicode.Scalar> = [
        "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}",
    ]

    // ASCII answers first: the Unicode property tables are slow to consult for every character.

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || (s.value >= 0x09 && s.value <= 0x0D) }
        return s == "\u{00A0}" || s.properties.isWhitespace
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.numericType != nil
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isLetter(s) || isDigit(s) }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// "U", "U.S", "a.m": single letters joined by dots.
    static func isInitialism(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        var expectLetter = true
        var letters = 0
        for s in slice {
            if expectLetter {
                guard s.properties.isAlphabetic else { return false }
                letters += 1
                expectLetter = false
            } else {
                guard s == "." else { return false }
                expectLetter = true
            }
        }
        return letters >= 1 && !expectLetter && (letters > 1 || slice.first!.properties.isUppercase)
    }

    /// Marks sentence boundaries: a full stop, question or exclamation mark (with any closing quotes or
    /// brackets after it) followed by a capital, a digit or an opening mark, unless it closes an abbreviation.
    private func assignSentences(_ tokens: inout [Token]) {
        var sentence = 0
        var i = 0
        while i < tokens.count {
            tokens[i].sentence = sentence
            let t = tokens[i]
            var ends = t.endsSentence
            if ends, t.text == ".", i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end == t.start,
                Lexicon.abbreviations.contains(tokens[i - 1].lower)
            {
                ends = false
            }
            if !ends, t.kind == .word, t.text.hasSuffix("."), t.text.count > 2, i + 1 < tokens.count {
                // "U.S." closes a sentence only when the next word plainly starts one.
                let next = tokens[i + 1]
                if next.isCapitalized, Lexicon.isFunctionWord(next.lower) { ends = true }
            }
            if ends {
                var j = i + 1
                while j < tokens.count, (tokens[j].kind == .quote || tokens[j].text == ")" || tokens[j].text == "]")
                    && tokens[j].start == tokens[j - 1].end
                {
                    tokens[j].sentence = sentence
                    j += 1
                }
                if j < tokens.count {
                    let next = tokens[j]
                    let startsSentence = next.isCapitalized || next.kind == .number || next.kind == .quote
                        || next.kind == .dash
                    if startsSentence { sentence += 1 }
                }
                i = j
                continue
            }
            i += 1
        }
    }
}
