import Foundation
import Testing

@testable import BriefingKit

/// Guards the extraction figures on slices of the development corpora (never the test suites), with
/// thresholds a little below what was reached. Skips when `../shared` is not beside the checkout.
@Suite(.enabled(if: DevCorpus.path != nil, "../shared/corpus is not here: development slices skipped"))
struct DevSliceTests {
    static var corpus: String? { DevCorpus.path }

    static let stop: Set<String> = Set(
        "a an the of to in on and or for by with at from that this is was be as it its their his her they we you not no".split(separator: " ").map(String.init))

    /// The scorer's word split: lower case, letters and digits only.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    static func article(title: String?, date: String?, text: String, path: String) throws -> Article {
        var front = "---\n"
        if let title, let quoted = String(data: try JSONEncoder().encode(title), encoding: .utf8) { front += "title: \(quoted)\n" }
        if let date { front += "date: \(date)\n" }
        front += "---\n"
        let body = String(text.drop(while: { $0 == "\n" }))
        return try ArticleReader(path: path).read(bytes: Array((front + body).utf8)).article
    }

    @Test func datesOnTimeBank() throws {
        let folder = Self.corpus! + "/tempeval3/json/TBAQ-cleaned/TimeBank"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted().prefix(60)
        var predicted = 0, gold = 0, matched = 0, valued = 0
        for file in files {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))) as? [String: Any])
            let briefing = Extractor().extract(try Self.article(title: doc["title"] as? String, date: doc["dct"] as? String, text: doc["text"] as? String ?? "", path: file))
            let timexes = (doc["timexes"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "DATE" && $0["functionInDocument"] as? String != "CREATION_TIME" }
            func key(_ text: String) -> Set<String> {
                let all = Set(Self.words(text))
                let content = all.subtracting(Self.stop)
                return content.isEmpty ? all : content
            }
            let preds = briefing.dates.map { (key($0.text), $0.value) }
            var used: Set<Int> = []
            gold += timexes.count
            predicted += preds.count
            for timex in timexes {
                let g = key(timex["text"] as? String ?? "")
                let value = timex["value"] as? String ?? ""
                let candidates = preds.indices.filter { !used.contains($0) && !preds[$0].0.isDisjoint(with: g) }
                guard !candidates.isEmpty else { continue }
                let same = candidates.filter { preds[$0].1 == value }
                used.insert((same.first ?? candidates.first)!)
                matched += 1
                if !same.isEmpty { valued += 1 }
            }
        }
        let mention = Self.f1(Double(matched) / Double(max(predicted, 1)), Double(matched) / Double(max(gold, 1)))
        let value = Self.f1(Double(valued) / Double(max(predicted, 1)), Double(valued) / Double(max(gold, 1)))
        print("TimeBank slice (\(files.count) articles): mention F1 \(mention), value F1 \(value)")
        #expect(mention >= 0.88)
        #expect(value >= 0.78)
    }

    @Test func actorsOnCoNLLDevelopment() throws {
        let text = try String(contentsOfFile: Self.corpus! + "/conll2003_train/eng.testa", encoding: .utf8)
        // Documents as lists of sentences of (token, tag).
        var documents: [[[(String, String)]]] = []
        var document: [[(String, String)]] = []
        var sentence: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                if !sentence.isEmpty { document.append(sentence); sentence = [] }
                if !document.isEmpty { documents.append(document); document = [] }
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !sentence.isEmpty { document.append(sentence); sentence = [] }
            } else {
                let columns = line.split(separator: " ")
                sentence.append((String(columns[0]), String(columns[columns.count - 1])))
            }
        }
        if !sentence.isEmpty { document.append(sentence) }
        if !document.isEmpty { documents.append(document) }

        let kinds: [String: Actor.Kind] = ["PER": .person, "ORG": .organization, "LOC": .place]
        var tp = 0, predictedCount = 0, goldCount = 0
        for (n, sentences) in documents.prefix(80).enumerated() {
            let lines = sentences.map { $0.map(\.0).joined(separator: " ") }
            let date = sentences.prefix(4).flatMap { $0 }.map(\.0).first { $0.count == 10 && PartialDate(iso: $0) != nil }
            let briefing = Extractor().extract(try Self.article(title: lines.first, date: date, text: lines.joined(separator: "\n"), path: "testa-\(n).txt"))
            for (tag, kind) in kinds {
                var gold: Set<String> = []
                for sentence in sentences {
                    var current: [String] = []
                    for (token, label) in sentence + [("", "O")] {
                        if label.hasSuffix(tag), label.hasPrefix("I-") || label.hasPrefix("B-") && current.isEmpty {
                            current.append(token)
                        } else {
                            if !current.isEmpty { gold.insert(Self.words(current.joined(separator: " ")).joined(separator: " ")) }
                            current = label.hasSuffix(tag) ? [token] : []
                        }
                    }
                }
                gold.remove("")
                var matched: Set<String> = []
                let preds = briefing.actors.filter { $0.kind == kind }
                for actor in preds {
                    let names = Set(([actor.name] + actor.aliases).map { Self.words($0).joined(separator: " ") }).subtracting([""])
                    if let hit = names.intersection(gold).first(where: { !matched.contains($0) }) {
                        matched.formUnion(names.intersection(gold))
                        _ = hit
                        tp += 1
                    }
                }
                predictedCount += preds.count
                goldCount += gold.count
            }
        }
        let f1 = Self.f1(Double(tp) / Double(max(predictedCount, 1)), Double(tp) / Double(max(goldCount, 1)))
        print("CoNLL eng.testa slice (80 articles): actor F1 \(f1)")
        #expect(f1 >= 0.83)
    }
    /// Quotes of US political news (PolNeAR's development compartment) whose source the annotators
    /// wrote as a name ("Sen. David Perdue", "The New York Post"): how many are found, and how many of
    /// those are credited to the right name, compared by surname.
    @Test func speakersOnPolNeARDevelopment() throws {
        let folder = Self.corpus! + "/polnear/json/dev"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted().prefix(40)
        let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you"]
        var gold = 0, found = 0, credited = 0
        for file in files {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))) as? [String: Any])
            var text = doc["text"] as? String ?? ""
            // The text repeats the title as its first paragraph.
            if let title = doc["title"] as? String, let blank = text.range(of: "\n\n"), Self.words(String(text[..<blank.lowerBound])) == Self.words(title) {
                text = String(text[blank.upperBound...])
            }
            let date = (doc["publication_date"] as? String).map { String($0.prefix(10)) }
            let briefing = Extractor().extract(try Self.article(title: doc["title"] as? String, date: date, text: text, path: file))
            let quotes = briefing.quotes.map { (words: Set(Self.words($0.text)), speaker: $0.speaker.flatMap { Self.words($0).last }) }
            for attribution in doc["attributions"] as? [[String: Any]] ?? [] where attribution["has_quotation_marks"] as? Bool == true {
                guard let source = (attribution["source"] as? [String: Any])?["text"] as? String,
                    let last = source.split(separator: " ").last, let initial = last.first, initial.isUppercase,
                    // The scorer's word split leaves "Trump’s" as "trump" and "s".
                    let surname = Self.words(String(last)).first,
                    !pronouns.contains(surname),
                    let content = (attribution["content"] as? [String: Any])?["text"] as? String
                else { continue }
                gold += 1
                let contentWords = Set(Self.words(content))
                // A quote is this attribution's when most of its words are the content's.
                guard let quote = quotes.first(where: { !$0.words.isEmpty && Double($0.words.intersection(contentWords).count) >= 0.6 * Double($0.words.count) }) else { continue }
                found += 1
                if quote.speaker == surname { credited += 1 }
            }
        }
        let recall = Double(found) / Double(max(gold, 1))
        let accuracy = Double(credited) / Double(max(found, 1))
        print("PolNeAR dev slice (\(files.count) articles): \(gold) quotes with a named source, \(found) found (\(recall)), speaker right for \(accuracy)")
        #expect(recall >= 0.87)
        #expect(accuracy >= 0.78)
    }
}

/// Where the shared corpora are, when they are.
enum DevCorpus {
    static let path: String? = {
        let path = Fixture.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()
}
