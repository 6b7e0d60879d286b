extension NERModel {
    /// How the article writes its words, for the words whose own case says little: a sentence's first
    /// word and an all-capitals headline's. A word it also writes in lower case is likely a common one;
    /// one it capitalizes mid-sentence, a name.
    struct Document: Sendable {
        /// Lower-cased words the article writes in lower case.
        var lowerCase: Set<String> = []
        /// Lower-cased words the article capitalizes after a sentence's first word.
        var capitalized: Set<String> = []

        /// Takes in one sentence, its words as written and lower-cased; an all-capitals line tells nothing.
        mutating func add(_ words: some Collection<(text: String, lower: String)>) {
            var hasUpper = false
            var hasLower = false
            for word in words where !hasLower {
                for s in word.text.unicodeScalars {
                    if NERModel.isLower(s) {
                        hasLower = true
                        break
                    }
                    hasUpper = hasUpper || NERModel.isUpper(s)
                }
            }
            if hasUpper && !hasLower { return }
            for (i, word) in words.enumerated() {
                guard let initial = word.text.unicodeScalars.first, NERModel.isLetter(initial) else { continue }
                if NERModel.isLower(initial) {
                    lowerCase.insert(word.lower)
                } else if i > 0, NERModel.isUpper(initial) {
                    capitalized.insert(word.lower)
                }
            }
        }
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
