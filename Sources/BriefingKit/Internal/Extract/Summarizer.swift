/// Picks two to four whole sentences that say what the article is about.
///
/// News puts its point first, so position weighs most; sentences that share the title's words and the
/// article's frequent words rise, near-duplicates and fragments are skipped.
struct Summarizer: Sendable {
    var maxSentences = 3

    struct Sentence: Sendable {
        var paragraph: Int
        var order: Int
        var text: String
        var words: [String]
        /// `words` without stopwords and one-letter words, worked out once.
        var content: [String]
        var quoteShare: Double
    }

    func summarize(_ paragraphs: [ParagraphText], title: String) -> [String] {
        var sentences: [Sentence] = []
        for paragraph in paragraphs where !paragraph.isHeading {
            for range in paragraph.sentenceRanges {
                let tokens = paragraph.tokens[range]
                guard let first = tokens.first, let last = tokens.last else { continue }
                // A fragment that starts inside a quotation ("– As always…") is not a sentence to show alone.
                if first.kind == .dash || first.kind == .punctuation || (first.kind == .word && !first.isCapitalized && first.kind != .number) { continue }
                let words = tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.lower)
                guard words.count >= 6, words.count <= 60 else { continue }
                let text = paragraph.text(scalarRange: first.start..<last.end)
                if Self.isBoilerplate(text) { continue }
                let quoted = tokens.filter { $0.quoteDepth > 0 && $0.kind == .word }.count
                sentences.append(
                    Sentence(
                        paragraph: paragraph.index, order: sentences.count, text: text, words: words, content: Self.content(words),
                        quoteShare: Double(quoted) / Double(words.count)))
            }
        }
        guard !sentences.isEmpty else { return [] }
        let titleWords = Set(Self.content(Tokenizer(title).tokenize().filter { $0.kind == .word }.map(\.lower)))
        var frequency: [String: Int] = [:]
        for sentence in sentences { for word in Set(sentence.content) { frequency[word, default: 0] += 1 } }

        func score(_ s: Sentence) -> Double {
            let content = s.content
            guard !content.isEmpty else { return 0 }
            let position = 1.0 / Double(1 + s.order) + (s.order < 3 ? 0.5 : 0)
            let titleOverlap = titleWords.isEmpty ? 0 : Double(Set(content).intersection(titleWords).count) / Double(titleWords.count)
            let centrality = Double(content.reduce(0) { $0 + (frequency[$1] ?? 0) }) / Double(content.count) / Double(max(1, sentences.count))
            var value = 2.0 * position + 1.0 * titleOverlap + 1.0 * centrality
            if s.quoteShare > 0.6 { value *= 0.3 }
            if s.text.hasSuffix("?") { value *= 0.5 }
            return value
        }

        let scores = sentences.map(score)
        let ranked = sentences.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.map { sentences[$0] }
        var chosen: [Sentence] = []
        for candidate in ranked {
            if chosen.count >= maxSentences { break }
            let words = Set(candidate.words)
            let redundant = chosen.contains { other in
                let o = Set(other.words)
                return Double(words.intersection(o).count) / Double(max(1, words.union(o).count)) > 0.5
            }
            if !redundant { chosen.append(candidate) }
        }
        return chosen.sorted { $0.order < $1.order }.map(\.text)
    }

    /// Bylines, time stamps and calls to action that scraped pages leave in the text.
    static func isBoilerplate(_ sentence: String) -> Bool {
        let lower = Token.lowercased(sentence)
        if boilerplateMarkers.contains(where: { lower.containsBytes(of: $0) }) { return true }
        if lower.hasPrefix("by ") && sentence.split(separator: " ").count < 12 { return true }
        return false
    }

    static let boilerplateMarkers = [
        "published:", "updated:", "last updated", "click here", "scroll down", "follow us", "follow @", "sign up", "all rights reserved",
        "copyright", "image caption", "image copyright", "read more:", "see also",
    ]

    static let stopwords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "by", "with", "at", "from", "that", "this",
        "is", "was", "be", "as", "it", "its", "their", "his", "her", "they", "we", "you", "not", "no", "are", "were",
        "has", "have", "had", "will", "would", "said", "says", "he", "she", "which", "who", "but", "also",
    ]

    static func content(_ words: [String]) -> [String] {
        words.filter { word in
            // One byte is one letter; more than four bytes is more than one: only the rest needs counting.
            let bytes = word.utf8.count
            return bytes > 1 && (bytes > 4 || word.count > 1) && !stopwords.contains(word)
        }
    }
}
