/// Who a quotation is attributed to, as the text says it: "she emphasized", "said the diplomat".
struct Attribution: Sendable, Equatable {
    enum Form: Sendable, Equatable {
        /// A name: "Zakharova", "Maria Zakharova".
        case name
        /// "he", "she", "they".
        case pronoun
        /// "the diplomat", "the official representative of the guardian".
        case definiteRole
        /// "a spokeswoman for the shopping centre": a source the article does not name.
        case indefiniteRole
    }

    /// Token range of the speaker phrase in its paragraph.
    var speaker: Range<Int>
    var form: Form
    /// The reporting verb as written, lower-cased ("emphasized", "pointed out", "according to").
    var cue: String?
    /// Tokens to cut from the quotation when the attribution sits inside the marks.
    var cut: Range<Int>?
    /// A transcript's "NAME:" opening the quote: a speaker only when the name is a person's.
    var isTranscriptLabel = false
    /// The token after the reporting verb when the speaker comes first ("She said the plan…"): where the
    /// reported words begin.
    var reportedFrom: Int?

    /// Reads a speaker phrase; nil when the words cannot name a speaker.
    static func form(of range: Range<Int>, in tokens: [Token]) -> Form? {
        guard let first = range.first, range.count <= 12 else { return nil }
        let words = tokens[range]
        guard words.allSatisfy({ $0.kind == .word || $0.kind == .possessive || $0.isPunctuation("-") || $0.isPunctuation(".") }) else { return nil }
        let lower = tokens[first].lower
        if range.count == 1, ["he", "she", "they", "him", "her", "them"].contains(lower) { return .pronoun }
        if Lexicon.personalPronouns.contains(lower) || lower == "it" || lower == "this" || lower == "that" { return nil }
        // "said the American", "the Spaniard said": a nationality standing for a person is a role.
        if lower == "the", range.count == 2, Lexicon.isNationality(tokens[first + 1].lower) {
            return .definiteRole
        }
        // "The Coastal Herald reports": a proper name behind "the".
        // "the Rev. Amos Reed": a title's full stop belongs to the name.
        if lower == "the", range.count >= 2,
            tokens[(first + 1)..<range.upperBound].allSatisfy({ $0.isCapitalized || $0.isAcronym || Lexicon.nameConnectors.contains($0.lower) || $0.isPunctuation(".") }),
            tokens[first + 1].isCapitalized, !Lexicon.commonWords.contains(tokens[first + 1].lower) || range.count > 2
        {
            return .name
        }
        if definiteOpeners.contains(lower) { return range.count >= 2 ? .definiteRole : nil }
        // "Brook's campaign strategist": a name's role, as "his strategist" is.
        if tokens[first].isCapitalized, let possessive = range.first(where: { tokens[$0].kind == .possessive }), possessive + 1 < range.upperBound,
            tokens[(possessive + 1)..<range.upperBound].allSatisfy({ !$0.isCapitalized })
        {
            return .definiteRole
        }
        if indefiniteOpeners.contains(lower) { return range.count >= 2 ? .indefiniteRole : nil }
        if tokens[first].isCapitalized, !Lexicon.isFunctionWord(lower) || range.count > 1 && tokens[first + 1].isCapitalized {
            // "Twenty-seven states said", "Critics say": capitalized ordinary words are not a name.
            // Only at the start of a sentence can a capital be the sentence's and not the name's.
            let named = tokens[range].contains { $0.isCapitalized && !Lexicon.commonWords.contains($0.lower) && !Lexicon.isFunctionWord($0.lower) || $0.isAcronym }
            let opensSentence = first == 0 || tokens[first - 1].endsSentence || tokens[first - 1].sentence != tokens[first].sentence
                || tokens[first - 1].kind == .quote && (first < 2 || tokens[first - 2].endsSentence)
            return named || !opensSentence ? .name : nil
        }
        return nil
    }

    /// Words that open a role the article can point to ("the diplomat", "his spokesman").
    static let definiteOpeners: Set<String> = ["the", "this", "that", "his", "her", "their", "its"]
    /// Words that open a role it cannot ("a spokeswoman", "one official").
    static let indefiniteOpeners: Set<String> = ["a", "an", "one", "another"]
    /// Either: the words that keep a role a role rather than a description of a name.
    static let roleOpeners = definiteOpeners.union(indefiniteOpeners)

    /// The head noun of a role phrase: "the official representative of the guardian" → "representative".
    static func head(of range: Range<Int>, in tokens: [Token]) -> String? {
        var last: String?
        for t in tokens[range] {
            if ["of", "for", "on", "at", "in", "with", "from", "who", "which"].contains(t.lower) { break }
            if t.kind == .word { last = t.lower }
        }
        return last
    }
}
