import Testing

@testable import BriefingKit

@Suite struct IngestTests {
    func read(_ text: String, path: String = "a.txt") throws(Diagnostic) -> ArticleReader.Result {
        try ArticleReader(path: path).read(bytes: Array(text.utf8))
    }

    @Test func frontMatterGivesMetadata() throws {
        let text = "---\ntitle: \"Hello: world\"\ndate: 2016-02-10\nsource: TASS\nurl: https://example.org/a\ntags: [syria, diplomacy]\n---\nFirst paragraph here.\n\nSecond one.\n"
        let article = try read(text).article
        #expect(article.title == "Hello: world")
        #expect(article.date?.iso == "2016-02-10")
        #expect(article.outlet == "TASS")
        #expect(article.url == "https://example.org/a")
        #expect(article.tags == ["syria", "diplomacy"])
        #expect(article.paragraphs.map(\.text) == ["First paragraph here.", "Second one."])
        #expect(article.paragraphs.map(\.line) == [8, 10])
    }

    @Test func withoutFrontMatterTheFirstLineIsTheTitleAndItsRepeatIsDropped() throws {
        let text = "A headline\n\nA headline\n\nMOSCOW, February 10. The story starts here.\n"
        let article = try read(text).article
        #expect(article.title == "A headline")
        #expect(article.place == "Moscow")
        #expect(article.date?.iso == "--02-10")
        #expect(article.paragraphs.map(\.text) == ["The story starts here."])
    }

    @Test func aRepeatedTitleIsDroppedWhateverItsCaseAndPunctuation() throws {
        let ascii = try read("---\ntitle: Kerry’s “claims” rejected\n---\nKERRY'S CLAIMS REJECTED!\n\nThe story.\n").article
        #expect(ascii.paragraphs.map(\.text) == ["The story."])
        let plain = try read("---\ntitle: Kerry's claims, rejected (2016)\n---\nKERRY'S CLAIMS REJECTED 2016\n\nThe story.\n").article
        #expect(plain.paragraphs.map(\.text) == ["The story."])
        let accented = try read("---\ntitle: Zakharová rejects Kerry’s claims\n---\nZAKHAROVÁ REJECTS KERRY'S CLAIMS\n\nThe story.\n").article
        #expect(accented.paragraphs.map(\.text) == ["The story."])
        // A first paragraph that only begins like the title stays.
        let longer = try read("---\ntitle: Kerry's claims\n---\nKerry's claims were rejected on Monday.\n\nThe story.\n").article
        #expect(longer.paragraphs.count == 2)
    }

    @Test func aBylineAboveTheDatelineIsAParagraphOfItsOwn() throws {
        let text = "---\ntitle: Top politician blasts president\n---\nTop politician blasts president .\nLarisa Sayenko\nMINSK 1996-08-30\nA senior politician spoke on Friday.\nHe was angry.\n"
        let article = try read(text).article
        #expect(article.place == "Minsk")
        #expect(article.date?.iso == "1996-08-30")
        #expect(article.paragraphs.map(\.text) == ["Larisa Sayenko", "A senior politician spoke on Friday. He was angry."])
        #expect(article.paragraphs.map(\.index) == [0, 1])
    }

    @Test func aDatelineFurtherDownIsText() throws {
        // Lines that end like sentences are no byline, so the capitals further down are no dateline.
        let text = "The council met.\nIt argued.\nIt voted.\nMINSK 1996-08-30 was the day.\n"
        let article = try read(text).article
        #expect(article.place == nil)
        #expect(article.paragraphs.map(\.text).joined().contains("MINSK 1996-08-30"))
    }

    @Test func aTextThatStartsWithItsStoryKeepsItsFirstParagraph() throws {
        let text = "---\ndate: 2019-01-05\n---\nThe question was common for mayoral candidates to hear back in the October municipal election: what do you think of ride-hailing?\n\nSecond paragraph.\n"
        let article = try read(text).article
        #expect(article.paragraphs.count == 2)
        #expect(article.title == "The question was common for mayoral candidates to hear back in the…")
    }

    @Test(arguments: [
        ("NEW YORK (Reuters) - Stocks fell.", "New York", nil as String?),
        ("LONDON — The prime minister spoke.", "London", nil),
        ("Moscow, Feb. 10, 2016 — Talks began.", "Moscow", "2016-02-10"),
        ("WASHINGTON, March 3 (AP) - Congress met.", "Washington", "--03-03"),
        ("MINSK 1996-08-30 A senior politician spoke.", "Minsk", "1996-08-30"),
        ("TAVILDARA , Tajikistan 1996-08-30 Troops now control the town.", "Tavildara, Tajikistan", "1996-08-30"),
        ("PARIS, France, May 2 - Talks began.", "Paris, France", "--05-02"),
        ("SAN JOSE, Costa Rica 1996-08-30 The vote was held.", "San Jose, Costa Rica", "1996-08-30"),
        ("SALEM, Ore. (AP) — Police released the report.", "Salem, Ore.", nil),
        ("BEIJING, March 3 (Xinhua) -- China said it would spend more.", "Beijing", "--03-03"),
        ("Moscow, 10 February 2016 (TASS) — The ministry spoke.", "Moscow", "2016-02-10"),
        ("LONDON, 3 March - The talks began.", "London", "--03-03"),
        ("WASHINGTON, D.C., Feb. 3 — Congress met.", "Washington, D.C.", "--02-03"),
    ])
    func datelines(_ line: String, _ place: String, _ date: String?) throws {
        let dateline = try #require(Dateline.parse(line))
        #expect(dateline.place == place)
        #expect(dateline.date?.iso == date)
        // The story starts right after it, agency and dash included in the dateline.
        let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(dateline.length)))
        #expect(rest.first?.isUppercase == true, "\(rest)")
    }

    @Test(arguments: [
        "The minister spoke.", "In London, the talks began.", "He said, February 10 was late.",
        // A byline run into the dateline is not a place, and an ISO date needs a place in capitals.
        "Larisa Sayenko MINSK 1996-08-30 A senior politician spoke.", "Minsk 1996-08-30 was a Friday.",
        "MINSK 1996-02-31 An impossible day.",
    ])
    func ordinarySentencesAreNotDatelines(_ line: String) {
        #expect(Dateline.parse(line) == nil)
    }

    @Test func webDebrisIsRemoved() throws {
        let text = """
            Title

            Real paragraph one.

            SPECIAL project

            From Russia with support
            As the aircraft helps

            Real paragraph two.

            [Video: FULL SPEECH: President Jane Doe Speech at the Summit. Watch on YouTube.]

            See also

            The conflict and its stages

            “A quote paragraph,” she said.
            """
        let article = try read(text).article
        #expect(article.paragraphs.map(\.text) == ["Real paragraph one.", "Real paragraph two.", "“A quote paragraph,” she said."])
    }

    @Test func shortLinesWithoutPunctuationAreHeadings() throws {
        let article = try read("Title\n\nFirst sentence here.\n\nThe agenda of the meeting\n\nMore text follows.").article
        #expect(article.paragraphs.map(\.kind) == [.text, .heading, .text])
    }

    @Test func bomAndWindowsLineEndingsAreNormalized() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ndate: 2020-01-02\r\n---\r\nTitle\r\n\r\nBody text.\r\n".utf8)
        let article = try ArticleReader(path: "a.txt").read(bytes: bytes).article
        #expect(article.title == "Title")
        #expect(article.date?.iso == "2020-01-02")
        #expect(article.paragraphs.map(\.text) == ["Body text."])
    }

    @Test func invalidUTF8IsReplacedWithAWarningAtItsOffset() throws {
        let bytes: [UInt8] = Array("Title\n\nCaf".utf8) + [0xE9] + Array(" au lait.".utf8)
        let result = try ArticleReader(path: "bad.txt").read(bytes: bytes)
        #expect(result.article.paragraphs.first?.text == "Caf\u{FFFD} au lait.")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("offset 10"))
    }

    @Test func binaryFilesAreRefused() {
        #expect(throws: Diagnostic.self) { try ArticleReader(path: "x.txt").read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
    }

    @Test func malformedYAMLPointsAtFileLineAndColumn() throws {
        let error = #expect(throws: Diagnostic.self) { try read("---\ntitle: [unclosed\ndate: 2016-01-01\n---\nBody.", path: "c/x.md") }
        let diagnostic = try #require(error)
        #expect(diagnostic.path == "c/x.md")
        #expect(diagnostic.line >= 2)
        #expect(diagnostic.description.hasPrefix("c/x.md:\(diagnostic.line):\(diagnostic.column): error: malformed YAML"))
    }

    @Test func aWrongDateIsAnErrorAtItsLine() throws {
        let error = #expect(throws: Diagnostic.self) { try read("---\ntitle: T\ndate: yesterday\n---\nBody.") }
        #expect(error?.line == 3)
        #expect(error?.column == 7)
        #expect(error?.message.contains("yesterday") == true)
    }

    @Test func unknownKeysWarn() throws {
        let result = try read("---\ntitle: T\ncolour: blue\n---\nBody text.")
        #expect(result.diagnostics.map(\.message) == ["unknown front matter key 'colour' is ignored"])
        #expect(result.diagnostics.first?.line == 3)
    }

    @Test func yamlAliasesAreRefused() {
        #expect(throws: Diagnostic.self) { try read("---\na: &x [1, 2]\nb: *x\n---\nBody.") }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try read("---\ntitle: T\nBody without a closing line.") }
    }

    @Test(arguments: ["../etc", "a/b", "C:thing", "bad\0slug", "Upper Case", ".hidden"])
    func unsafeSlugsAreRefused(_ slug: String) {
        #expect(Slug.problem(with: slug) != nil)
        #expect(throws: Diagnostic.self) { try read("---\ntitle: T\nslug: \"\(slug.replacingOccurrences(of: "\0", with: "\\0"))\"\n---\nBody.") }
    }

    @Test func slugsComeFromTheFileNameAndAreAlwaysSafe() throws {
        #expect(try read("Title\n\nBody.", path: "content/Zakharova on Syria.txt").article.slug == "zakharova-on-syria")
        #expect(Slug.make(from: "Café déjà vu") == "cafe-deja-vu")
        // ASCII takes the short way, to the same slugs as folded text.
        #expect(Slug.make(from: "O'Brien & Sons -- U.S. Office (2016)") == "obrien-sons-u-s-office-2016")
        #expect(Slug.make(from: "Zakharova") == Slug.make(from: "Zakharová"))
        #expect(Slug.make(from: String(repeating: "Ab ", count: 40)) == Array(repeating: "ab", count: 27).joined(separator: "-"))
        #expect(Slug.make(from: String(repeating: "Ab ", count: 40), maxLength: 5) == "ab-ab")
        let cjk = Slug.make(from: "東京の天気")
        #expect(cjk.hasPrefix("article-") && cjk == Slug.make(from: "東京の天気"))
        #expect(Slug.problem(with: cjk) == nil)
    }
}
