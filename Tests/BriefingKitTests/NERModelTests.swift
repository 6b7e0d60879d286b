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
        #expect(tags("Angela Merkel met Emmanuel Macron in Berlin on Monday , the European Union said .")
            == "Angela/B-ORG Merkel/I-ORG met/O Emmanuel/B-PER Macron/I-PER in/O Berlin/B-LOC on/O Monday/O ,/O the/O European/B-ORG Union/I-ORG said/O ./O")
        #expect(tags("ZURICH 1996-10-14") == "ZURICH/B-LOC 1996-10-14/O")
        #expect(tags("John McCain visited the U.S. Senate .") == "John/B-PER McCain/I-PER visited/O the/O U.S./B-ORG Senate/I-ORG ./O")
        #expect(tags("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .")
            == "SOCCER/O -/O JAPAN/B-LOC GET/O LUCKY/B-MISC WIN/O ,/O CHINA/B-LOC IN/O SURPRISE/O DEFEAT/O ./O")
    }

    @Test func shapes() {
        #expect(NERModel.shape("McCain") == "XxXx")
        #expect(NERModel.shape("U.S.") == "X.X.")
        #expect(NERModel.shape("1996-12-06") == "d-d-d")
    }
}
