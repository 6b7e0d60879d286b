/// A named-entity tagger: a greedy averaged perceptron over IOB2 labels, trained offline on the
/// CoNLL-2003 training split (`Tests/Tools/ner/train_ner.py`), its weights compiled into the binary.
///
/// The features are the training script's string templates, hashed (FNV-1a) rather than built as
/// strings. FNV reads bytes in order, so each template's prefix ("w-1=") is hashed once and every word
/// continues from that state; the features that do not depend on earlier labels are scored once per
/// word before decoding.
struct NERModel: Sendable {
    enum Label: Int, Sendable {
        case outside = 0
        case beginPerson, insidePerson, beginOrganization, insideOrganization, beginPlace, insidePlace, beginMisc, insideMisc

        static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]

        var name: String { Self.names[rawValue] }
        var isBegin: Bool { rawValue % 2 == 1 }
        /// The entity type shared by B-X and I-X (1 person, 2 organization, 3 place, 4 misc), 0 for O.
        var type: Int { (rawValue + 1) / 2 }
    }

    /// Each feature's nine weights, by the feature's hash.
    let table: FeatureTable
    /// Rows of the label-history features, which do not depend on the words: `prev=` for each of the
    /// ten previous labels (nine and `<s>`), and `prev2=|prev=` for each pair.
    private let previousRows: [Int32]
    private let previousPairRows: [Int32]
    /// FNV state after `prev+w=<label>|`, for each previous label; the word's bytes continue it.
    private let previousWordStates: [UInt64]
    /// What stands past a sentence's ends adds to its words' scores, nine each (`WordScores.Part`).
    let edgeScores: [Int64]
    let clusters: Clusters
    let clusterFeatures: ClusterFeatures

    static let shared = NERModel(tsv: weightsTSV, clusters: clustersTSV)

    /// `tsv` is `weights.tsv`, `clusters` the `clusters.tsv` the model was trained with.
    init(tsv: String, clusters: String) {
        self.clusters = Clusters(tsv: clusters)
        clusterFeatures = ClusterFeatures(count: self.clusters.count)
        var tsv = tsv
        let (keys, weights) = tsv.withUTF8 { Self.parse($0) }
        let table = FeatureTable(keys: keys, weights: weights)
        self.table = table
        let labels = Self.labelBytes
        previousRows = labels.map { table.row(Self.fnv(Self.templates.prev, $0)) }
        var pairs: [Int32] = []
        for prev2 in labels {
            for prev in labels {
                pairs.append(table.row(Self.fnv(Self.fnv(Self.fnv(Self.templates.prev2, prev2), Self.bar), prev)))
            }
        }
        previousPairRows = pairs
        previousWordStates = labels.map { Self.fnv(Self.fnv(Self.templates.previousWord, $0), Self.bar) }
        edgeScores = WordScores.edges(table: table, clusters: clusterFeatures)
    }

    /// The feature hashes and their nine weights each, from the weights file. Every program start that
    /// extracts reads the whole file, so it is scanned byte by byte rather than split into strings.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (keys: [UInt64], weights: [Int32]) {
        var keys: [UInt64] = []
        var weights: [Int32] = []
        keys.reserveCapacity(64_000)
        weights.reserveCapacity(64_000 * 9)
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var i = 0
        let end = bytes.count
        while i < end {
            let lineStart = i
            while i < end, bytes[i] != tab, bytes[i] != newline { i += 1 }
            let feature = UnsafeBufferPointer(rebasing: bytes[lineStart..<i])
            guard i < end, bytes[i] == tab, !feature.elementsEqual("labels".utf8), !feature.elementsEqual("scale".utf8) else {
                while i < end, bytes[i] != newline { i += 1 }
                i += 1
                continue
            }
            i += 1
            let base = weights.count
            weights.append(contentsOf: repeatElement(0, count: 9))
            // "label:weight" pairs separated by commas; a malformed pair is skipped.
            while i < end, bytes[i] != newline {
                let label = Self.number(bytes, &i, maxDigits: 4)
                var value: (value: Int64, digits: Int) = (0, 0)
                var negative = false
                if label.digits > 0, i < end, bytes[i] == UInt8(ascii: ":") {
                    i += 1
                    if i < end, bytes[i] == UInt8(ascii: "-") {
                        negative = true
                        i += 1
                    }
                    value = Self.number(bytes, &i, maxDigits: 10)
                }
                let wellFormed = i >= end || bytes[i] == UInt8(ascii: ",") || bytes[i] == newline
                if wellFormed, label.digits > 0, value.digits > 0, label.value < 9, let weight = Int32(exactly: negative ? -value.value : value.value) {
                    weights[base + Int(label.value)] = weight
                }
                while i < end, bytes[i] != UInt8(ascii: ","), bytes[i] != newline { i += 1 }
                if i < end, bytes[i] == UInt8(ascii: ",") { i += 1 }
            }
            i += 1
            keys.append(fnv(basis, feature))
        }
        return (keys, weights)
    }

    /// The decimal number at `i`, of at most `maxDigits` digits, and how many it had; `i` moves past them.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, maxDigits: Int) -> (value: Int64, digits: Int) {
        var value: Int64 = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), digits < maxDigits {
            value = value * 10 + Int64(bytes[i] - UInt8(ascii: "0"))
            digits += 1
            i += 1
        }
        return (value, digits)
    }

    // MARK: Hashing

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a, continuing from `state`.
    @inline(__always)
    static func fnv<S: Sequence<UInt8>>(_ state: UInt64, _ bytes: S) -> UInt64 {
        var h = state
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    static let bar = Array("|".utf8)
    /// Index 9 is the `<s>` that stands before the first label.
    private static let labelBytes: [[UInt8]] = Label.names.map { Array($0.utf8) } + [Array("<s>".utf8)]

    /// FNV states after each template's name.
    struct Templates {
        let word, wordBefore, wordAfter, wordBefore2, wordAfter2, pairBefore, pairAfter: UInt64
        let prefix3, suffix3, suffix2, prefix4, suffix4: UInt64
        let shape, shapeBefore, shapeAfter, prev, prev2, previousWord: UInt64
        let bias, first, allCaps: UInt64
        /// `doc=` with the article's other spellings of the word, spelled out once each.
        let documentCase: [UInt64]
        let documentLower, documentNotLower: UInt64
    }

    static let templates: Templates = {
        func state(_ name: String) -> UInt64 { NERModel.fnv(NERModel.basis, name.utf8) }
        return Templates(
            word: state("w="), wordBefore: state("w-1="), wordAfter: state("w+1="), wordBefore2: state("w-2="), wordAfter2: state("w+2="),
            pairBefore: state("w-1|w="), pairAfter: state("w|w+1="),
            prefix3: state("p3="), suffix3: state("s3="), suffix2: state("s2="), prefix4: state("p4="), suffix4: state("s4="),
            shape: state("shape="), shapeBefore: state("shape-1="),
            shapeAfter: state("shape+1="), prev: state("prev="), prev2: state("prev2="), previousWord: state("prev+w="),
            bias: state("b"), first: state("first"), allCaps: state("allcaps-line"),
            documentCase: ["doc=", "doc=C", "doc=L", "doc=LC"].map(state), documentLower: state("doc2=L"), documentNotLower: state("doc2=-"))
    }()

    // MARK: Tagging

    /// The sentence's words, lower-cased, in one flat byte buffer; the shapes and affixes that only a
    /// word's first sighting in the article needs are read off it then (`WordScores`).
    struct Sentence {
        var lower: [UInt8] = []
        var lowerRanges: [Range<Int>] = []
        var hasUpper = false
        var hasLower = false

        init(_ words: [String]) {
            lowerRanges.reserveCapacity(words.count)
            for word in words { append(word) }
        }

        mutating func append(_ word: String) {
            let lowerStart = lower.count
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                for b in word.utf8 {
                    let isUpper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
                    hasUpper = hasUpper || isUpper
                    hasLower = hasLower || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
                    // Characters the weights file cannot hold were "_" in training.
                    let cleaned = NERModel.isUnwritable(Unicode.Scalar(b)) ? UInt8(ascii: "_") : b
                    lower.append(isUpper ? cleaned + 32 : cleaned)
                }
            } else {
                for s in word.unicodeScalars {
                    hasUpper = hasUpper || s.properties.isUppercase
                    hasLower = hasLower || s.properties.isLowercase
                }
                lower.append(contentsOf: NERModel.clean(word).lowercased().utf8)
            }
            lowerRanges.append(lowerStart..<lower.count)
        }
    }

    static let startBytes = Array("<s>".utf8)
    static let endBytes = Array("</s>".utf8)

    /// Tags one sentence; `words` are its tokens as written, `document` what the whole article says of
    /// their case. A sentence without its article is its own document, as the training script has it.
    func tag(_ words: [String], document: Document? = nil) -> [Label] {
        var memo = WordScores()
        return tag(words, document: document, memo: &memo)
    }

    /// Tags one sentence of an article, with `memo` kept across the article's sentences and the batch's
    /// articles: what a word adds to its own score and its neighbours' is worked out once, not at every use.
    func tag(_ words: [String], document: Document?, memo: inout WordScores) -> [Label] {
        let n = words.count
        guard n > 0 else { return [] }
        let document = document ?? {
            var own = Document()
            own.add(words.lazy.map { (text: $0, lower: $0.lowercased()) })
            return own
        }()
        let sentence = Sentence(words)
        let t = Self.templates
        let allCaps = sentence.hasUpper && !sentence.hasLower
        let entries = memo.entries(for: words, sentence: sentence, model: self)

        // Scores of the features that depend on the words alone, nine per word: what each word and its
        // neighbours add, from the memo, then the features of two words or of the whole sentence.
        var scores = [Int64](repeating: 0, count: n * 9)
        memo.addParts(entries, edges: edgeScores, into: &scores)
        sentence.lower.withUnsafeBufferPointer { lower in
            func lowerHash(_ state: UInt64, _ i: Int) -> UInt64 {
                i < 0 ? Self.fnv(state, Self.startBytes) : i >= n ? Self.fnv(state, Self.endBytes)
                    : Self.fnv(state, UnsafeBufferPointer(rebasing: lower[sentence.lowerRanges[i]]))
            }
            func pairHash(_ state: UInt64, _ i: Int) -> UInt64 {
                lowerHash(Self.fnv(lowerHash(state, i - 1), Self.bar), i)
            }
            var features: [UInt64] = []
            features.reserveCapacity(n * 5)
            var ends: [Int] = []
            ends.reserveCapacity(n)
            for i in 0..<n {
                features.append(pairHash(t.pairBefore, i))
                features.append(pairHash(t.pairAfter, i + 1))
                if let initial = words[i].unicodeScalars.first {
                    if i == 0 || allCaps {
                        if Self.isLetter(initial) {
                            let word = Self.fnv(Self.basis, UnsafeBufferPointer(rebasing: lower[sentence.lowerRanges[i]]))
                            let index = (document.lowerCase.contains(word) ? 2 : 0) + (document.capitalized.contains(word) ? 1 : 0)
                            features.append(t.documentCase[index])
                        }
                    } else if Self.isUpper(initial) {
                        let word = Self.fnv(Self.basis, UnsafeBufferPointer(rebasing: lower[sentence.lowerRanges[i]]))
                        features.append(document.lowerCase.contains(word) ? t.documentLower : t.documentNotLower)
                    }
                }
                if i == 0 { features.append(t.first) }
                if allCaps { features.append(t.allCaps) }
                ends.append(features.count)
            }
            let rows = table.rows(features)
            var start = 0
            for i in 0..<n {
                for j in start..<ends[i] { add(row: rows[j], to: &scores, at: i * 9) }
                start = ends[i]
            }
        }

        var labels: [Label] = []
        labels.reserveCapacity(n)
        var prev = 9
        var prev2 = 9
        var local = [Int64](repeating: 0, count: 9)
        sentence.lower.withUnsafeBufferPointer { lower in
            for i in 0..<n {
                for k in 0..<9 { local[k] = scores[i * 9 + k] }
                add(row: previousRows[prev], to: &local, at: 0)
                add(row: previousPairRows[prev2 * 10 + prev], to: &local, at: 0)
                let wordRange = sentence.lowerRanges[i]
                add(row: table.row(Self.fnv(previousWordStates[prev], UnsafeBufferPointer(rebasing: lower[wordRange]))), to: &local, at: 0)
                // I-X only continues B-X or I-X; the mask comes before the choice, as in training.
                let previousType = labels.last?.type
                var best = 0
                var bestScore = Int64.min
                for k in 0..<9 {
                    if k > 0, k % 2 == 0, previousType != (k + 1) / 2 { continue }
                    if local[k] > bestScore {
                        best = k
                        bestScore = local[k]
                    }
                }
                labels.append(Label(rawValue: best)!)
                prev2 = prev
                prev = best
            }
        }
        return labels
    }

    @inline(__always)
    func add(row: Int32, to scores: inout [Int64], at offset: Int) {
        guard row >= 0 else { return }
        table.withWeights(of: row) { w in
            scores.withUnsafeMutableBufferPointer { s in
                for k in 0..<9 { s[offset + k] += Int64(w[k]) }
            }
        }
    }

    @inline(__always)
    static func isUnwritable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Characters the weights file cannot hold become "_", as in training.
    static func clean(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: isUnwritable) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { isUnwritable($0) ? "_" : $0 }))
    }

    /// The shape of a word as written, by bytes while it is ASCII; characters the weights file cannot
    /// hold count as "_", as in training.
    static func shapeBytes(_ word: String) -> [UInt8] {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return Array(shape(clean(word)).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(8)
        for b in word.utf8 {
            let c: UInt8 =
                b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? UInt8(ascii: "X")
                : b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") ? UInt8(ascii: "x")
                : b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? UInt8(ascii: "d")
                : isUnwritable(Unicode.Scalar(b)) ? UInt8(ascii: "_") : b
            if out.last != c { out.append(c) }
        }
        return out
    }

    /// "McCain" → "XxXx", "U.S." → "X.X.", "1996-12-06" → "d-d-d".
    static func shape(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for s in word.unicodeScalars {
            let c: Unicode.Scalar
            if s.properties.isUppercase {
                c = "X"
            } else if s.properties.isLowercase {
                c = "x"
            } else if s.properties.numericType == .decimal {
                c = "d"
            } else {
                c = s
            }
            if c != last { out.append(c) }
            last = c
        }
        return String(out)
    }
}
