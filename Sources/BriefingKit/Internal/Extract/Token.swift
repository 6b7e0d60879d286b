/// A word, number, mark or punctuation sign of a paragraph, with its position in Unicode scalars.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// A quotation mark, double or single, straight or typographic.
        case quote
        /// A dash standing between words: "–", "—", or a hyphen with spaces around it.
        case dash
        /// The possessive "'s" split from the word before it.
        case possessive
        case punctuation
    }

    var kind: Kind
    let text: String
    /// The text lower-cased, computed once: the lexicons are keyed by it.
    let lower: String
    var start: Int
    var end: Int
    /// Index of the sentence the token belongs to, within its paragraph.
    var sentence: Int = 0
    /// Nesting depth of quotation marks around the token (0 outside any quote).
    var quoteDepth: Int = 0

    var isWord: Bool { kind == .word }

    /// True for words that start with an upper-case letter.
    var isCapitalized: Bool {
        guard kind == .word, let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// True for "NATO", "U.S.", "UN": two or more letters, all upper case.
    var isAcronym: Bool {
        guard kind == .word else { return false }
        var letters = 0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in text.utf8 {
                if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return false }
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters >= 2
        }
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.lower = Self.lowercased(text)
        self.start = start
        self.end = end
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    @inline(__always)
    static func lowercasedASCII(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
    }

    /// `lowercased()` with a fast path for ASCII, which most news text is.
    static func lowercased(_ text: String) -> String {
        var hasUpper = false
        for b in text.utf8 {
            if b >= 0x80 { return text.lowercased() }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { hasUpper = true }
        }
        guard hasUpper else { return text }
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for b in text.utf8 {
                buffer[i] = lowercasedASCII(b)
                i += 1
            }
            return count
        }
    }

    func isPunctuation(_ sign: String) -> Bool { kind == .punctuation && text == sign }

    /// Sentence-ending punctuation.
    var endsSentence: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }
}
