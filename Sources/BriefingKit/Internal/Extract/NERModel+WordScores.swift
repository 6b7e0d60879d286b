extension NERModel {
    /// What each word adds to the scores of the words around it, worked out the first time the word is
    /// tagged and kept for the rest of the article and the articles the same worker extracts after it:
    /// most words of an article are repeats, of itself or of the articles before it, and these features
    /// are most of the tagger's hashing and table lookups. They depend on the word alone, never on the
    /// article, so what the memo holds changes no tag.
    ///
    /// A perceptron's score is a sum, so a word's features split by the place they are read from: its
    /// own (`w=`, prefixes, suffixes, shape, cluster, and the bias), and those it gives the word after it
    /// (`w-1=`, `shape-1=`, `c-1=`), before it, two after and two before. Integer sums in any order
    /// are the same, so the tags are exactly those of scoring every feature at every word.
    struct WordScores {
        /// The places a word's features are read from, nine scores each.
        enum Part: Int, CaseIterable {
            case own, forNext, forPrevious, forSecondNext, forSecondPrevious
        }

        /// A word's FNV hash of its bytes as written (case and all, since the shape reads it) → the
        /// start of its `Part.allCases.count` rows of nine scores in `scores`.
        private var index: [UInt64: Int] = [:]
        private var scores: [Int64] = []

        private static let stride = Part.allCases.count * 9

        /// How many words the memo keeps before it starts over: a long batch's vocabulary keeps
        /// growing, and memory must not grow with the archive. The default, 65,536, is about 23 MB.
        let capacity: Int

        init(capacity: Int = 1 << 16) {
            self.capacity = capacity
        }

        /// How many words the memo holds.
        var count: Int { index.count }

        /// The start of each word's rows, scoring the words seen for the first time.
        mutating func entries(for words: [String], sentence: Sentence, model: NERModel) -> [Int] {
            if index.count + words.count > capacity {
                index.removeAll(keepingCapacity: true)
                scores.removeAll(keepingCapacity: true)
            }
            var entries = [Int](repeating: 0, count: words.count)
            var fresh: [Int] = []
            for (i, word) in words.enumerated() {
                let key = NERModel.fnv(NERModel.basis, word.utf8)
                if let entry = index[key] {
                    entries[i] = entry
                } else {
                    let entry = scores.count + fresh.count * Self.stride
                    index[key] = entry
                    entries[i] = entry
                    fresh.append(i)
                }
            }
            guard !fresh.isEmpty else { return entries }
            let perWord = 17
            var features: [UInt64] = []
            features.reserveCapacity(fresh.count * perWord)
            sentence.lower.withUnsafeBufferPointer { lower in
                let t = NERModel.templates
                let c = model.clusterFeatures
                for i in fresh {
                    let word = UnsafeBufferPointer(rebasing: lower[sentence.lowerRanges[i]])
                    let affixes = Affixes(word)
                    let cluster = model.clusters.cluster(NERModel.fnv(NERModel.basis, word)) ?? c.unknown
                    NERModel.shapeBytes(words[i]).withUnsafeBufferPointer { form in
                        features += [
                            // Its own.
                            t.bias, NERModel.fnv(t.word, word),
                            NERModel.fnv(t.prefix3, affixes.prefix(3)), NERModel.fnv(t.suffix3, affixes.suffix(3)),
                            NERModel.fnv(t.suffix2, affixes.suffix(2)), NERModel.fnv(t.prefix4, affixes.prefix(4)),
                            NERModel.fnv(t.suffix4, affixes.suffix(4)), NERModel.fnv(t.shape, form), c.current[cluster],
                            // For the word after it, then before it, then two after and two before.
                            NERModel.fnv(t.wordBefore, word), NERModel.fnv(t.shapeBefore, form), c.before[cluster],
                            NERModel.fnv(t.wordAfter, word), NERModel.fnv(t.shapeAfter, form), c.after[cluster],
                            NERModel.fnv(t.wordBefore2, word),
                            NERModel.fnv(t.wordAfter2, word),
                        ]
                    }
                }
            }
            // Where each part's features end, within a word's seventeen.
            let partEnds = [9, 12, 15, 16, 17]
            let rows = model.table.rows(features)
            scores += repeatElement(0, count: fresh.count * Self.stride)
            let first = scores.count - fresh.count * Self.stride
            for w in fresh.indices {
                var start = 0
                for (part, end) in partEnds.enumerated() {
                    let offset = first + w * Self.stride + part * 9
                    for j in start..<end { model.add(row: rows[w * perWord + j], to: &scores, at: offset) }
                    start = end
                }
            }
            return entries
        }

        /// A lower-cased word's first and last characters, as byte ranges of it: counted in bytes while
        /// the word is ASCII, in Unicode scalars past it, as the training script counts characters.
        private struct Affixes {
            let word: UnsafeBufferPointer<UInt8>
            /// Where each scalar starts, for a word past ASCII; nil for an ASCII one.
            let starts: [Int]?

            init(_ word: UnsafeBufferPointer<UInt8>) {
                self.word = word
                starts = word.allSatisfy { $0 < 0x80 } ? nil : word.indices.filter { word[$0] & 0xC0 != 0x80 }
            }

            func prefix(_ n: Int) -> UnsafeBufferPointer<UInt8> {
                guard let starts else { return UnsafeBufferPointer(rebasing: word[..<min(n, word.count)]) }
                return starts.count <= n ? word : UnsafeBufferPointer(rebasing: word[..<starts[n]])
            }

            func suffix(_ n: Int) -> UnsafeBufferPointer<UInt8> {
                guard let starts else { return UnsafeBufferPointer(rebasing: word[(word.count - min(n, word.count))...]) }
                return starts.count <= n ? word : UnsafeBufferPointer(rebasing: word[starts[starts.count - n]...])
            }
        }

        /// Adds to each word's nine scores its own part and its neighbours' parts for it, or past the
        /// sentence's ends what `edges` holds there.
        func addParts(_ entries: [Int], edges: [Int64], into total: inout [Int64]) {
            let n = entries.count
            scores.withUnsafeBufferPointer { scores in
                edges.withUnsafeBufferPointer { edges in
                    total.withUnsafeMutableBufferPointer { total in
                        func add(_ source: UnsafeBufferPointer<Int64>, _ start: Int, _ i: Int) {
                            for k in 0..<9 { total[i * 9 + k] += source[start + k] }
                        }
                        for i in 0..<n {
                            add(scores, entries[i] + Part.own.rawValue * 9, i)
                            if i >= 1 { add(scores, entries[i - 1] + Part.forNext.rawValue * 9, i) } else { add(edges, 0, i) }
                            if i + 1 < n { add(scores, entries[i + 1] + Part.forPrevious.rawValue * 9, i) } else { add(edges, 9, i) }
                            if i >= 2 { add(scores, entries[i - 2] + Part.forSecondNext.rawValue * 9, i) } else { add(edges, 18, i) }
                            if i + 2 < n { add(scores, entries[i + 2] + Part.forSecondPrevious.rawValue * 9, i) } else { add(edges, 27, i) }
                        }
                    }
                }
            }
        }

        /// What stands before a sentence's start and past its end gives the words near them, nine scores
        /// each: to the first word (`w-1=<s>`, `shape-1=<s>`, `c-1=-`), to the last (`w+1=</s>`, …),
        /// to the first two (`w-2=<s>`) and to the last two (`w+2=</s>`).
        static func edges(table: FeatureTable, clusters c: ClusterFeatures) -> [Int64] {
            let t = NERModel.templates
            let start = NERModel.startBytes
            let end = NERModel.endBytes
            let groups: [[UInt64]] = [
                [NERModel.fnv(t.wordBefore, start), NERModel.fnv(t.shapeBefore, start), c.before[c.outside]],
                [NERModel.fnv(t.wordAfter, end), NERModel.fnv(t.shapeAfter, end), c.after[c.outside]],
                [NERModel.fnv(t.wordBefore2, start)],
                [NERModel.fnv(t.wordAfter2, end)],
            ]
            var scores = [Int64](repeating: 0, count: groups.count * 9)
            for (g, keys) in groups.enumerated() {
                for key in keys {
                    let row = table.row(key)
                    guard row >= 0 else { continue }
                    table.withWeights(of: row) { w in
                        for k in 0..<9 { scores[g * 9 + k] += Int64(w[k]) }
                    }
                }
            }
            return scores
        }
    }
}
