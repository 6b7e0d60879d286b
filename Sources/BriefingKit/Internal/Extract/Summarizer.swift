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
        /// Words as numbers from the article's own vocabulary, so that counting and comparing them
        /// hashes no strings.
        var words: [Int]
        /// `words` without stopwords and one-letter words, worked out once.
        var content: [Int]
        /// The distinct words, in increasing order.
        var distinct: [Int]
        var quoteShare: Double
    }

    /// The article's words, numbered as first met.
    struct Vocabulary {
        var ids: [String: Int] = [:]
        var isContent: [Bool] = []
        /// Each word by its number.
        private var words: [String] = []
        /// ASCII words already numbered, by the FNV-1a hash of their bytes, open-addressed: most of an
        /// article's words are repeats, found here without hashing a String. Every word is in `ids` too,
        /// which a word not found here asks, so that words equal as Strings share one number.
        private var slots = [(hash: UInt64, id: Int32)](repeating: (0, -1), count: 1024)
        private var filled = 0

        mutating func id(_ word: String) -> Int {
            var bytes = word
            let ascii: UInt64? = bytes.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } ? NERModel.fnv(NERModel.basis, utf8) : nil }
            guard let hash = ascii else {
                return numbered(word)
            }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].id >= 0 {
                if slots[slot].hash == hash, words[Int(slots[slot].id)] == word { return Int(slots[slot].id) }
                slot = (slot + 1) & mask
            }
            let id = numbered(word)
            slots[slot] = (hash, Int32(id))
            filled += 1
            if filled * 2 > slots.count { grow() }
            return id
        }

        /// The word's number, given the first time the word is met.
        private mutating func numbered(_ word: String) -> Int {
            if let id = ids[word] { return id }
            let id = isContent.count
            ids[word] = id
            words.append(word)
            isContent.append(Summarizer.isContent(word))
            return id
        }

        private mutating func grow() {
            let old = slots
            slots = Array(repeating: (0, -1), count: old.count * 2)
            let mask = slots.count - 1
            for entry in old where entry.id >= 0 {
                var slot = Int(truncatingIfNeeded: entry.hash) & mask
                while slots[slot].id >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    func summarize(_ paragraphs: [ParagraphText], title: String) -> [String] {
        var vocabulary = Vocabulary()
        vocabulary.ids.reserveCapacity(1024)
        var sentences: [Sentence] = []
        for paragraph in paragraphs where !paragraph.isHeading {
            let tokens = paragraph.tokens
            for range in paragraph.sentenceRanges where !range.isEmpty {
                // Read in place: a token holds two strings, and copying it costs their reference counts.
                let first = range.lowerBound
                let kind = tokens[first].kind
                // A fragment that starts inside a quotation ("– As always…") is not a sentence to show alone.
                if kind == .dash || kind == .punctuation || (kind == .word && !tokens[first].isCapitalized) { continue }
                let wordCount = range.count { tokens[$0].kind == .word || tokens[$0].kind == .number }
                guard wordCount >= 6, wordCount <= 60 else { continue }
                let text = paragraph.text(scalarRange: tokens[first].start..<tokens[range.upperBound - 1].end)
                if Self.isBoilerplate(text) { continue }
                var words: [Int] = []
                words.reserveCapacity(wordCount)
                var quoted = 0
                for i in range where tokens[i].kind == .word || tokens[i].kind == .number {
                    words.append(vocabulary.id(tokens[i].lower))
                    if tokens[i].kind == .word, tokens[i].quoteDepth > 0 { quoted += 1 }
                }
                sentences.append(
                    Sentence(
                        paragraph: paragraph.index, order: sentences.count, text: text, words: words,
                        content: words.filter { vocabulary.isContent[$0] }, distinct: Self.distinct(words),
                        quoteShare: Double(quoted) / Double(words.count)))
            }
        }
        guard !sentences.isEmpty else { return [] }
        let size = vocabulary.isContent.count
        // The title's content words; those the article never uses count towards the total all the same.
        let titleWords = Set(Self.content(Tokenizer(title).tokenize().filter { $0.kind == .word }.map(\.lower)))
        var inTitle = [Bool](repeating: false, count: size)
        for word in titleWords { if let id = vocabulary.ids[word] { inTitle[id] = true } }
        // In how many sentences each word occurs.
        var frequency = [Int](repeating: 0, count: size)
        var seen = [Int](repeating: -1, count: size)
        for (index, sentence) in sentences.enumerated() {
            for word in sentence.content where seen[word] != index {
                seen[word] = index
                frequency[word] += 1
            }
        }

        func score(_ s: Sentence) -> Double {
            let content = s.content
            guard !content.isEmpty else { return 0 }
            let position = 1.0 / Double(1 + s.order) + (s.order < 3 ? 0.5 : 0)
            let shared = s.distinct.count { inTitle[$0] }
            let titleOverlap = titleWords.isEmpty ? 0 : Double(shared) / Double(titleWords.count)
            let centrality = Double(content.reduce(0) { $0 + frequency[$1] }) / Double(content.count) / Double(max(1, sentences.count))
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
            let redundant = chosen.contains { other in
                let shared = Self.sharedCount(candidate.distinct, other.distinct)
                let union = candidate.distinct.count + other.distinct.count - shared
                return Double(shared) / Double(max(1, union)) > 0.5
            }
            if !redundant { chosen.append(candidate) }
        }
        return chosen.sorted { $0.order < $1.order }.map(\.text)
    }

    /// The numbers of `words` once each, in increasing order.
    static func distinct(_ words: [Int]) -> [Int] {
        var sorted = words.sorted()
        var kept = 0
        for word in sorted where kept == 0 || sorted[kept - 1] != word {
            sorted[kept] = word
            kept += 1
        }
        sorted.removeSubrange(kept...)
        return sorted
    }

    /// How many numbers two increasing lists share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Bylines, time stamps and calls to action that scraped pages leave in the text.
    static func isBoilerplate(_ sentence: String) -> Bool {
        // Asked of every sentence: ASCII text is lower-cased into a scratch buffer rather than a new string.
        var copy = sentence
        let ascii: Bool? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
                for i in bytes.indices { scratch[i] = Token.lowercasedASCII(bytes[i]) }
                let lower = UnsafeBufferPointer(scratch)
                for marker in boilerplateMarkers {
                    var marker = marker
                    if marker.withUTF8({ UnsafeBufferPointer.contains($0, in: lower) }) { return true }
                }
                return lower.starts(with: "by ".utf8) && sentence.split(separator: " ").count < 12
            }
        }
        if let ascii { return ascii }
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

    /// Most words are no stopword, and most of those are ruled out without hashing them.
    private static let stopwordFilter = WordFilter(stopwords)

    static func content(_ words: [String]) -> [String] { words.filter(isContent) }

    /// Not a stopword, and longer than one letter.
    static func isContent(_ word: String) -> Bool {
        // One byte is one letter; more than four bytes is more than one: only the rest needs counting.
        let bytes = word.utf8.count
        return bytes > 1 && (bytes > 4 || word.count > 1) && !(stopwordFilter.mayContain(word) && stopwords.contains(word))
    }
}
