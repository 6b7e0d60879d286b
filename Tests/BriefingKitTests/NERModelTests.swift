import Foundation
import Testing

@testable import BriefingKit

/// The Swift tagger must agree with the training script's own decoder (`Tests/Tools/ner/predict.py`),
/// label for label, or it is not the model that was evaluated.
@Suite struct NERModelTests {
    func tags(_ sentence: String) -> String {
        let words = sentence.split(separator: " ").map(String.init)
        return zip(words, NERModel.shared.tag(words)).map { "\($0.0)/\($0.1.name)" }.joined(separator: " ")
    }

    @Test func agreesWithTheReferenceDecoder() {
        #expect(tags("Ada Brook met Omar Reyes in Berlin on Monday , the European Union said .")
            == "Ada/B-PER Brook/I-PER met/O Omar/B-PER Reyes/I-PER in/O Berlin/B-LOC on/O Monday/O ,/O the/O European/B-ORG Union/I-ORG said/O ./O")
        #expect(tags("ZURICH 1996-10-14") == "ZURICH/B-LOC 1996-10-14/O")
        #expect(tags("Paul Vale visited the U.S. Senate .") == "Paul/B-PER Vale/I-PER visited/O the/O U.S./B-ORG Senate/I-ORG ./O")
        #expect(tags("TENNIS - NORWAY EDGE PAST CHILE IN OPENING TIE .")
            == "TENNIS/O -/O NORWAY/B-LOC EDGE/O PAST/O CHILE/O IN/O OPENING/O TIE/O ./O")
        #expect(tags("Ada Brook of the Harbour Trust met officials in Oslo on Friday .")
            == "Ada/B-PER Brook/I-PER of/O the/O Harbour/B-ORG Trust/I-ORG met/O officials/O in/O Oslo/B-LOC on/O Friday/O ./O")
        // Words beyond ASCII take the scalar path for case, shape and affixes.
        #expect(tags("Zoë Ångström visited Reykjavík .") == "Zoë/B-PER Ångström/I-PER visited/O Reykjavík/B-ORG ./O")
    }

    /// What the article says of its words' case: written in lower case somewhere, or capitalized after a
    /// sentence's first word; an all-capitals line says nothing.
    @Test func documentCase() {
        var document = NERModel.Document()
        func add(_ words: String) { document.add(words.split(separator: " ").map { (text: String($0), lower: $0.lowercased()) }) }
        add("The storm reached Marsh Bay .")
        add("HEADLINE WORDS")
        #expect(["storm", "reached"].allSatisfy(document.writesInLowerCase) && !document.writesInLowerCase("the"))
        #expect(["marsh", "bay"].allSatisfy(document.capitalizes) && !document.capitalizes("the"))
        #expect(!document.writesInLowerCase("headline") && !document.capitalizes("words"))
    }

    /// On the whole CoNLL development split, tagged document by document, the Swift tagger scores what
    /// `train_ner.py` reported for the exported weights (Tests/Tools/ner/README.md): the same model.
    @Test(.enabled(if: DevCorpus.path != nil, "../shared/corpus is not here: development split skipped"))
    func reproducesTheDevelopmentScores() throws {
        let text = try String(contentsOfFile: DevCorpus.path! + "/conll2003_train/eng.testa", encoding: .utf8)
        var documents: [[(words: [String], tags: [String])]] = [[]]
        var sentence: (words: [String], tags: [String]) = ([], [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(separator: " ")
            if columns.isEmpty || columns[0] == "-DOCSTART-" {
                if !sentence.words.isEmpty { documents[documents.count - 1].append(sentence) }
                sentence = ([], [])
                if columns.first == "-DOCSTART-" { documents.append([]) }
            } else {
                sentence.words.append(String(columns[0]))
                sentence.tags.append(String(columns[columns.count - 1]))
            }
        }
        if !sentence.words.isEmpty { documents[documents.count - 1].append(sentence) }
        /// Entities as (start, end, type); the file's IOB1 tags open an entity only on a change of type.
        func spans(_ tags: [String]) -> Set<[String]> {
            var out: Set<[String]> = []
            var start = -1
            var type = ""
            for (i, tag) in (tags + ["O"]).enumerated() {
                let kind = tag == "O" ? "" : String(tag.dropFirst(2))
                if start >= 0, tag.hasPrefix("B-") || kind != type {
                    out.insert([String(start), String(i), type])
                    start = -1
                }
                if !kind.isEmpty, start < 0 {
                    start = i
                    type = kind
                }
            }
            return out
        }
        var correct = 0, predicted = 0, gold = 0
        // One memo for the whole split, as a batch of articles shares one, and small enough to start
        // over several times: what it holds must change no tag, so the figures stay the script's.
        var memo = NERModel.WordScores(capacity: 2_000)
        var largest = 0
        for sentences in documents {
            var document = NERModel.Document()
            for s in sentences { document.add(s.words.map { (text: $0, lower: $0.lowercased()) }) }
            for s in sentences {
                let expected = spans(s.tags)
                let found = spans(NERModel.shared.tag(s.words, document: document, memo: &memo).map(\.name))
                correct += expected.intersection(found).count
                predicted += found.count
                gold += expected.count
                largest = max(largest, memo.count)
            }
        }
        #expect(largest <= 2_000)
        let precision = 100 * Double(correct) / Double(predicted)
        let recall = 100 * Double(correct) / Double(gold)
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(String(format: "%.2f %.2f %.2f", precision, recall, f1) == "88.10 88.44 88.27")
    }

    /// Articles extracted in a batch share the tagger's memo; each briefing is still exactly the one the
    /// article gives alone, whatever came before it and however often the memo started over.
    @Test func aBatchExtractsEachArticleAsAlone() throws {
        let articles = [
            try Fixture.article(String(contentsOfFile: Fixture.seedPath, encoding: .utf8), path: "seed.txt"),
            try Fixture.article("---\ntitle: Port\ndate: 2020-03-02\n---\nAda Brook of the Harbour Trust met officials in Oslo on Friday.\n\n\"We are ready,\" said Brook.\n"),
            try Fixture.article("---\ntitle: Talks\ndate: 2021-05-04\n---\nMARSH BAY, May 3 - Omar Reyes, the mayor, told the European Union that Brook was wrong.\n"),
        ]
        let alone = articles.map { Extractor().extract($0) }
        for capacity in [1 << 16, 200] {
            var scratch = Extractor.Scratch(wordScores: NERModel.WordScores(capacity: capacity))
            for round in 0..<2 {
                for (article, expected) in zip(articles, alone) {
                    #expect(Extractor().extract(article, scratch: &scratch) == expected, "\(article.source), capacity \(capacity), round \(round)")
                }
            }
            #expect(scratch.wordScores.count > 0 && scratch.wordScores.count <= capacity)
        }
    }

    /// The cluster file names words by the hash of their lower-cased bytes; a malformed line is skipped
    /// and the rest still read.
    @Test func readsWordClusters() {
        func key(_ word: String) -> String {
            let hex = String(NERModel.fnv(NERModel.basis, word.utf8), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        let tsv = "\(key("harbour"))\t7\nnot a line\n\(key("lantern"))\tx\n\(key("quay"))\t12"
        // The hash as the training script computes it, so that both sides name words alike.
        #expect(NERModel.fnv(NERModel.basis, "harbour".utf8) == 0x6622_3055_b061_ec68)
        let clusters = NERModel.Clusters(tsv: tsv)
        #expect(clusters.cluster(NERModel.fnv(NERModel.basis, "harbour".utf8)) == 7)
        #expect(clusters.cluster(NERModel.fnv(NERModel.basis, "quay".utf8)) == 12)
        #expect(clusters.cluster(NERModel.fnv(NERModel.basis, "lantern".utf8)) == nil)
        #expect(clusters.cluster(NERModel.fnv(NERModel.basis, "Harbour".utf8)) == nil)
        #expect(clusters.count == 13)
    }

    @Test func shapes() {
        #expect(NERModel.shape("McCain") == "XxXx")
        #expect(NERModel.shape("U.S.") == "X.X.")
        #expect(NERModel.shape("1996-12-06") == "d-d-d")
    }
}
