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

    /// The hash of `prefix` followed by `value`, the same as hashing the joined string.
    static func hash(_ prefix: StaticString, _ value: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for b in p {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        for b in value.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    // MARK: Tagging

    /// Tags one sentence; `words` are its tokens as written.
    func tag(_ words: [String]) -> [Label] {
        let n = words.count
        guard n > 0 else { return [] }
        let lower = words.map { Self.clean($0).lowercased() }
        let shapes = words.map { Self.shape(Self.clean($0)) }
        var hasUpper = false
        var hasLower = false
        for word in words {
            for s in word.unicodeScalars {
                if s.properties.isUppercase { hasUpper = true }
                if s.properties.isLowercase { hasLower = true }
            }
        }
        let allCaps = hasUpper && !hasLower
        func word(_ i: Int) -> String { i < 0 ? "<s>" : i >= n ? "</s>" : lower[i] }
        func shape(_ i: Int) -> String { i < 0 ? "<s>" : i >= n ? "</s>" : shapes[i] }

        var labels: [Label] = []
        labels.reserveCapacity(n)
        var prev = "<s>"
        var prev2 = "<s>"
        var scores = [Int64](repeating: 0, count: 9)
        for i in 0..<n {
            let lw = lower[i]
            let scalars = Array(lw.unicodeScalars)
            func piece(_ range: Range<Int>) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range])
                return String(view)
            }
            var features: [UInt64] = [
                Self.hash("b".utf8),
                Self.hash("w=", lw), Self.hash("w-1=", word(i - 1)), Self.hash("w+1=", word(i + 1)),
                Self.hash("w-2=", word(i - 2)), Self.hash("w+2=", word(i + 2)),
                Self.hash("p3=", piece(0..<min(3, scalars.count))),
                Self.hash("s3=", piece(max(0, scalars.count - 3)..<scalars.count)),
                Self.hash("s2=", piece(max(0, scalars.count - 2)..<scalars.count)),
                Self.hash("shape=", shapes[i]), Self.hash("shape-1=", shape(i - 1)), Self.hash("shape+1=", shape(i + 1)),
                Self.hash("prev=", prev), Self.hash("prev2=", prev2 + "|" + prev), Self.hash("prev+w=", prev + "|" + lw),
            ]
            if i == 0 { features.append(Self.hash("first".utf8)) }
            if allCaps { features.append(Self.hash("allcaps-line".utf8)) }
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
            prev = chosen.name
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
