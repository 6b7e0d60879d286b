import Testing

@testable import BriefingKit

/// The byte-level helpers that the extraction's hot paths lean on, against the plain String answers.
@Suite struct TextScanningTests {
    @Test func byteSearchAgreesWithStringSearch() {
        let haystacks = ["", "a", "see also: the rest", "Image caption Image copyright", "naïve café – «fin»", "aaab", "abababac"]
        let needles = ["", "a", "see also", "copyright", "café", "«fin»", "aab", "abac", "z", "image caption"]
        for haystack in haystacks {
            for needle in needles {
                let expected = needle.isEmpty || haystack.utf8.count >= needle.utf8.count
                    && (0...(haystack.utf8.count - needle.utf8.count)).contains { Array(haystack.utf8).dropFirst($0).starts(with: needle.utf8) }
                #expect(haystack.containsBytes(of: needle) == expected, "\(haystack) / \(needle)")
            }
        }
    }

    @Test func wordFilterNeverRulesOutAWordItHolds() {
        let words = ["january", "jan.", "sept", "al-assad", "É", "Über", String(repeating: "x", count: 80)]
        let filter = WordFilter(words)
        for word in words { #expect(filter.mayContain(word), "\(word)") }
        // Same first byte and length as nothing inserted: ruled out.
        #expect(!filter.mayContain("monday"))
        #expect(!filter.mayContain("ja"))
        #expect(!filter.mayContain(""))
        // The same name with its accent written as a second scalar is equal as a String: let through.
        #expect(WordFilter(["José"]).mayContain("Jose\u{301}"))
        #expect(WordFilter(["Jose\u{301}"]).mayContain("José"))
        // ASCII words: no word with other bytes equals one, except through the three signs that equal
        // "K", ";" and "`", which are let through.
        let plain = WordFilter(["march", "may"])
        #expect(!plain.mayContain("mär"))
        #expect(!plain.mayContain("mãrch"))
        let signs = ["Kelvin", "OK;`", "a;b"]
        let filter2 = WordFilter(signs)
        for spelled in ["\u{212A}elvin", "O\u{212A};`", "OK\u{37E}`", "OK;\u{1FEF}", "O\u{212A}\u{37E}\u{1FEF}", "a\u{37E}b"] {
            #expect(signs.contains(spelled), "\(spelled)")
            #expect(filter2.mayContain(spelled), "\(spelled)")
        }
    }

    @Test func nameWordsAndSpacesAgreeWithTheStringAnswers() {
        let forms = ["Vale", "Nora Vale", "Nora  Vale", " Vale ", "", "José María Vale", "Jose\u{301} Vale", "\u{301}Vale", "A B C D"]
        for form in forms {
            #expect(ActorTable.wordCount(form) == form.split(separator: " ").count, "\(form)")
            #expect(form.containsSpace == form.contains(" "), "\(form)")
        }
    }

    /// The summary's words get one number each, however many the article has and however a word equal
    /// as a String is spelled.
    @Test func vocabularyNumbersEachWordOnce() {
        var vocabulary = Summarizer.Vocabulary()
        let words = (0..<3000).map { "w\($0)" }
        let first = words.map { vocabulary.id($0) }
        #expect(first == Array(0..<3000))
        #expect(words.map { vocabulary.id($0) } == first)
        let composed = vocabulary.id("café")
        #expect(vocabulary.id("cafe\u{301}") == composed)
        #expect(vocabulary.id("\u{212A}ilo") == vocabulary.id("Kilo"))
        #expect(vocabulary.id("kilo") != vocabulary.id("Kilo"))
    }

    @Test func summarySkipsNearDuplicatesAndBoilerplate() throws {
        let briefing = try Fixture.briefing(
            """
            ---
            title: Council votes on the new bridge
            date: 2020-03-04
            ---
            The city council voted on Tuesday to build the new bridge across the river.
            The city council voted on Tuesday to build the new bridge across the wide river.
            Click here to sign up for our newsletter about the bridge and the council.
            Work on the bridge will start next spring and take three years to finish.
            """)
        #expect(briefing.summary == [
            "The city council voted on Tuesday to build the new bridge across the river.",
            "Work on the bridge will start next spring and take three years to finish.",
        ])
    }

    @Test func sortedListHelpers() {
        #expect(Summarizer.distinct([5, 1, 5, 3, 1]) == [1, 3, 5])
        #expect(Summarizer.distinct([]) == [])
        #expect(Summarizer.sharedCount([1, 3, 5, 9], [2, 3, 9, 10]) == 2)
        #expect(Summarizer.sharedCount([], [1]) == 0)
    }
}
