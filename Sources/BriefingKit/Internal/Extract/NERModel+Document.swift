extension NERModel {
    /// How the article writes its words, for the words whose own case says little: a sentence's first
    /// word and an all-capitals headline's. A word it also writes in lower case is likely a common one;
    /// one it capitalizes mid-sentence, a name.
    struct Document: Sendable {
        /// Lower-cased words the article writes in lower case, by the FNV hash of their bytes: the
        /// tagger asks with the bytes it already has, and bytes compare as the training script's code
        /// points do, where `String` equality would also match canonically equivalent spellings.
        private(set) var lowerCase: Set<UInt64> = []
        /// Lower-cased words the article capitalizes after a sentence's first word, hashed alike.
        private(set) var capitalized: Set<UInt64> = []

        /// Whether the article writes the lower-cased `word` in lower case.
        func writesInLowerCase(_ word: String) -> Bool { lowerCase.contains(NERModel.fnv(NERModel.basis, word.utf8)) }

        /// Whether the article capitalizes the lower-cased `word` after a sentence's first word.
        func capitalizes(_ word: String) -> Bool { capitalized.contains(NERModel.fnv(NERModel.basis, word.utf8)) }

        /// Takes in one sentence, its words as written and lower-cased; an all-capitals line tells nothing.
        mutating func add(_ words: some Collection<(text: String, lower: String)>) {
            var hasUpper = false
            for word in words {
                let (lower, upper) = NERModel.cases(in: word.text)
                if lower { hasUpper = false; break }
                hasUpper = hasUpper || upper
            }
            if hasUpper { return }
            for (i, word) in words.enumerated() {
                guard let initial = word.text.unicodeScalars.first, NERModel.isLetter(initial) else { continue }
                if NERModel.isLower(initial) {
                    lowerCase.insert(NERModel.fnv(NERModel.basis, word.lower.utf8))
                } else if i > 0, NERModel.isUpper(initial) {
                    capitalized.insert(NERModel.fnv(NERModel.basis, word.lower.utf8))
                }
            }
        }
    }

    /// Whether the text holds a lower-case letter, and an upper-case one: by bytes while they are ASCII.
    static func cases(in text: String) -> (lower: Bool, upper: Bool) {
        var upper = false
        for b in text.utf8 {
            if b >= 0x80 {
                // Past ASCII: the whole word by scalars, as the training script reads it.
                upper = false
                for s in text.unicodeScalars {
                    if isLower(s) { return (true, upper) }
                    upper = upper || isUpper(s)
                }
                return (false, upper)
            }
            if b >= 0x61 && b <= 0x7A { return (true, upper) }
            upper = upper || (b >= 0x41 && b <= 0x5A)
        }
        return (false, upper)
    }

    /// A lower-case letter, as Python's `str.islower()` sees one character.
    @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase
    }

    /// An upper-case letter, as Python's `str.isupper()` sees one character.
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    /// A letter, as Python's `str.isalpha()` sees one character: the letter categories only, so that
    /// letter-like numerals and symbols ("Ⅻ", "Ⓐ") are not letters for the tagger either.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isLower(s) || isUpper(s) }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
