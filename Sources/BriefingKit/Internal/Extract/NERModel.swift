/// A named-entity tagger: a greedy averaged perceptron over IOB2 labels, trained offline on the
/// CoNLL-2003 training split (`Tests/Tools/ner/train_ner.py`), its weights compiled into the binary.
///
/// The features are plain string templates, the same as the training script's, hashed rather than
/// built as strings so that tagging allocates little.
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

    /// Feature hash → index of its row of nine weights.
    private let rows: [UInt64: Int32]
    private let weights: [Int32]

    static let shared = NERModel(tsv: weightsTSV)

    init(tsv: String) {
        var rows: [UInt64: Int32] = [:]
        var weights: [Int32] = []
        rows.reserveCapacity(50_000)
        weights.reserveCapacity(50_000 * 9)
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let feature = line[line.startIndex..<tab]
            let rest = line[line.index(after: tab)...]
            if feature.elementsEqual("labels".utf8) || feature.elementsEqual("scale".utf8) { continue }
            var row = [Int32](repeating: 0, count: 9)
            for entry in rest.split(separator: UInt8(ascii: ",")) {
                guard let colon = entry.firstIndex(of: UInt8(ascii: ":")),
                    let label = Int(String(decoding: entry[entry.startIndex..<colon], as: UTF8.self)),
                    let weight = Int32(String(decoding: entry[entry.index(after: colon)...], as: UTF8.self)), (0..<9).contains(label)
                else { continue }
                row[label] = weight
            }
            rows[Self.hash(feature)] = Int32(weights.count / 9)
            weights += row
        }
        self.rows = rows
        self.weights = weights
    }

    // MARK: Hashing

    /// FNV-1a over the bytes of a feature string.
    static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    // MARK: Tagging

    /// One token, prepared once: its lower-cased bytes and its shape.
    private struct Word {
        var lower: [UInt8]
        var shape: [UInt8]
        /// Byte offsets where each Unicode scalar of `lower` starts, for prefixes and suffixes by
        /// character; empty for ASCII, where bytes and characters coincide.
        var starts: [Int]

        init(_ text: String) {
            let cleaned = NERModel.clean(text)
            if cleaned.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII, the common case: no Unicode tables needed.
                var lower: [UInt8] = []
                var shape: [UInt8] = []
                lower.reserveCapacity(cleaned.utf8.count)
                for b in cleaned.utf8 {
                    let isUpper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
                    lower.append(isUpper ? b + 32 : b)
                    let c: UInt8 = isUpper ? UInt8(ascii: "X") : (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) ? UInt8(ascii: "x")
                        : (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) ? UInt8(ascii: "d") : b
                    if shape.last != c { shape.append(c) }
                }
                self.lower = lower
                self.shape = shape
                self.starts = []
            } else {
                let lowered = cleaned.lowercased()
                lower = Array(lowered.utf8)
                shape = Array(NERModel.shape(cleaned).utf8)
                var starts: [Int] = []
                var offset = 0
                for scalar in lowered.unicodeScalars {
                    starts.append(offset)
                    offset += String(scalar).utf8.count
                }
                self.starts = starts
            }
        }

        func prefix(_ n: Int) -> ArraySlice<UInt8> {
            if starts.isEmpty { return lower.prefix(n) }
            return starts.count <= n ? lower[...] : lower[..<starts[n]]
        }

        func suffix(_ n: Int) -> ArraySlice<UInt8> {
            if starts.isEmpty { return lower.suffix(n) }
            return starts.count <= n ? lower[...] : lower[starts[starts.count - n]...]
        }
    }

    private static let start: [UInt8] = Array("<s>".utf8)
    private static let end: [UInt8] = Array("</s>".utf8)
    private static let labelBytes: [[UInt8]] = Label.names.map { Array($0.utf8) } + [start]

    /// FNV-1a of several byte runs, as if they were one string.
    private static func hash(_ parts: [UInt8]...) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for b in part {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
        }
        return h
    }

    private static func hash(_ prefix: [UInt8], _ slice: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in prefix {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        for b in slice {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    private static let p = (
        w: Array("w=".utf8), wm1: Array("w-1=".utf8), wp1: Array("w+1=".utf8), wm2: Array("w-2=".utf8), wp2: Array("w+2=".utf8),
        p3: Array("p3=".utf8), s3: Array("s3=".utf8), s2: Array("s2=".utf8), shape: Array("shape=".utf8),
        shapem1: Array("shape-1=".utf8), shapep1: Array("shape+1=".utf8), prev: Array("prev=".utf8), prev2: Array("prev2=".utf8),
        prevw: Array("prev+w=".utf8), bar: Array("|".utf8)
    )
    private static let biasHash = hash(Array("b".utf8))
    private static let firstHash = hash(Array("first".utf8))
    private static let allCapsHash = hash(Array("allcaps-line".utf8))

    /// Tags one sentence; `words` are its tokens as written.
    func tag(_ words: [String]) -> [Label] {
        let n = words.count
        guard n > 0 else { return [] }
        let prepared = words.map(Word.init)
        var hasUpper = false
        var hasLower = false
        for word in words {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                for b in word.utf8 {
                    if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { hasUpper = true }
                    if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { hasLower = true }
                }
            } else {
                for s in word.unicodeScalars {
                    if s.properties.isUppercase { hasUpper = true }
                    if s.properties.isLowercase { hasLower = true }
                }
            }
        }
        let allCaps = hasUpper && !hasLower
        func lower(_ i: Int) -> [UInt8] { i < 0 ? Self.start : i >= n ? Self.end : prepared[i].lower }
        func shape(_ i: Int) -> [UInt8] { i < 0 ? Self.start : i >= n ? Self.end : prepared[i].shape }

        var labels: [Label] = []
        labels.reserveCapacity(n)
        var prev = Self.labelBytes[9]
        var prev2 = Self.labelBytes[9]
        var scores = [Int64](repeating: 0, count: 9)
        var features: [UInt64] = []
        features.reserveCapacity(20)
        let p = Self.p
        for i in 0..<n {
            let word = prepared[i]
            features.removeAll(keepingCapacity: true)
            features.append(Self.biasHash)
            features.append(Self.hash(p.w, word.lower))
            features.append(Self.hash(p.wm1, lower(i - 1)))
            features.append(Self.hash(p.wp1, lower(i + 1)))
            features.append(Self.hash(p.wm2, lower(i - 2)))
            features.append(Self.hash(p.wp2, lower(i + 2)))
            features.append(Self.hash(p.p3, word.prefix(3)))
            features.append(Self.hash(p.s3, word.suffix(3)))
            features.append(Self.hash(p.s2, word.suffix(2)))
            features.append(Self.hash(p.shape, word.shape))
            features.append(Self.hash(p.shapem1, shape(i - 1)))
            features.append(Self.hash(p.shapep1, shape(i + 1)))
            features.append(Self.hash(p.prev, prev))
            features.append(Self.hash(p.prev2, prev2, p.bar, prev))
            features.append(Self.hash(p.prevw, prev, p.bar, word.lower))
            if i == 0 { features.append(Self.firstHash) }
            if allCaps { features.append(Self.allCapsHash) }
            for k in 0..<9 { scores[k] = 0 }
            for feature in features {
                guard let row = rows[feature] else { continue }
                let base = Int(row) * 9
                for k in 0..<9 { scores[k] += Int64(weights[base + k]) }
            }
            // I-X only continues B-X or I-X; the mask comes before the choice, as in training.
            let previous = labels.last
            var best = 0
            var bestScore = Int64.min
            for k in 0..<9 {
                let label = Label(rawValue: k)!
                if k > 0, !label.isBegin, previous?.type != label.type { continue }
                if scores[k] > bestScore {
                    best = k
                    bestScore = scores[k]
                }
            }
            let chosen = Label(rawValue: best)!
            labels.append(chosen)
            prev2 = prev
            prev = Self.labelBytes[best]
        }
        return labels
    }

    /// Characters the weights file cannot hold become "_", as in training.
    static func clean(_ word: String) -> String {
        let bad: Set<Unicode.Scalar> = ["\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]
        guard word.unicodeScalars.contains(where: { bad.contains($0) }) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { bad.contains($0) ? "_" : $0 }))
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
