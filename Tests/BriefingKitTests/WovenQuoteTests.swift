import Testing

@testable import BriefingKit

/// Words quoted inside reported speech: the quote is the reported clause, marks kept, credited to the
/// sentence's speaker; quotations that stand on their own keep only their words.
@Suite struct WovenQuoteTests {
    func quotes(_ body: String) throws -> [Quote] {
        try Fixture.briefing("---\ntitle: T\ndate: 2016-09-20\n---\n" + body).quotes
    }

    /// "…,” Ann Lee told the BBC. “Nobody asked us.”": a short sentence in its own marks is a quotation;
    /// a phrase quoted inside a sentence is not, nor is a short title after a verb.
    @Test func aShortSentenceInItsOwnMarksIsAQuotation() throws {
        let found = try quotes("“We were not consulted,” Ann Lee told the radio. “Nobody asked us.” The board read “Harbour Lights.” Its members thought “not now.”")
        #expect(found.map(\.text) == ["We were not consulted", "Nobody asked us."])
        #expect(found.map(\.speaker) == ["Ann Lee", "Ann Lee"])
    }

    /// A short quotation the attribution breaks off is said, both pieces, with the comma inside the marks
    /// or outside them; a word called something before the attribution is not.
    @Test func aShortQuotationBrokenByItsAttribution() throws {
        let found = try quotes("Ada Brook was blunt. “We will”, she said, “fight on.” “Enough,” she said, “is enough.” Critics called it a “disaster”, she said.")
        #expect(found.map(\.text) == ["We will", "fight on.", "Enough", "is enough."])
        #expect(found.allSatisfy { $0.speaker == "Ada Brook" })
    }

    @Test func aQuotedPhraseComesWithTheClauseAroundIt() throws {
        let found = try quotes("Ada Brook said the new harbour plan was “a disaster for the city” and would cost jobs.")
        #expect(found.map(\.text) == ["the new harbour plan was “a disaster for the city” and would cost jobs"])
        #expect(found.map(\.speaker) == ["Ada Brook"])
        #expect(found.map(\.cue) == ["said"])
    }

    /// "said via email that, “…” against…": the clause starts after "that", at the marks, and goes on after them.
    @Test func theClauseStartsAfterThatAndGoesOnAfterTheMarks() throws {
        let found = try quotes("Spokeswoman Lena Varga said via email that, “Of course Mr. Reyes will defend himself” against what the campaign sees as an attack.")
        #expect(found.map(\.text) == ["“Of course Mr. Reyes will defend himself” against what the campaign sees as an attack"])
        #expect(found.map(\.speaker) == ["Lena Varga"])
    }

    /// Two quoted phrases of one clause make one quote, which ends where the speaker's next verb begins.
    @Test func phrasesOfOneClauseAreOneQuoteEndingAtTheNextVerb() throws {
        let found = try quotes("Omar Reyes tweeted that the rival plan was “reckless” and “a con” and encouraged voters to read it.")
        #expect(found.map(\.text) == ["the rival plan was “reckless” and “a con”"])
        #expect(found.map(\.speaker) == ["Omar Reyes"])
    }

    /// A comma inside the closing mark ends the clause: what follows is the writer's.
    @Test func aCommaInsideTheClosingMarkEndsTheClause() throws {
        let found = try quotes("Anna June said the council's vote was “a serious mistake,” though she noted that it could be reversed.")
        #expect(found.map(\.text) == ["the council's vote was “a serious mistake,”"])
    }

    /// A quotation introduced by a colon or a comma stands on its own.
    @Test func anIntroducedQuotationKeepsOnlyItsWords() throws {
        let found = try quotes("Paul Vale said: “The plan was never costed and it will fail.”\n\nAda Brook said, “We will fight this decision in court.”")
        #expect(found.map(\.text) == ["The plan was never costed and it will fail.", "We will fight this decision in court."])
    }

    /// A show's or a book's title in quotation marks is named, not said.
    @Test func aTitleInsideReportedSpeechIsNoQuote() throws {
        #expect(try quotes("Lena Varga said on Tuesday morning on the station's “Morning Harbour Hour.”").isEmpty)
    }

    /// "told the BBC the plan…": whom the words were for is not part of them.
    @Test func theAddresseeIsNotPartOfTheClause() throws {
        let found = try quotes("Kester Vantrio told the BBC the merger would bring “better offerings” for consumers.")
        #expect(found.map(\.text) == ["the merger would bring “better offerings” for consumers"])
        #expect(found.map(\.speaker) == ["Kester Vantrio"])
    }

    /// "At a rally in Torvik, Ada Brook called…": the subject after an opening phrase calls the words hers.
    @Test func aSubjectAfterAnOpeningPhraseIsTheSpeaker() throws {
        let found = try quotes("At a fundraising dinner in Torvik, Ada Brook called half of her rival's supporters “hopeless.”")
        #expect(found.map(\.text) == ["half of her rival's supporters “hopeless.”"])
        #expect(found.map(\.speaker) == ["Ada Brook"])
        #expect(found.map(\.cue) == ["called"])
    }

    /// "Harbour Trust chairman Omar Reyes said": the name after the role is the speaker, and a person.
    @Test func theNameAfterARoleInTheSpeakerPhraseIsWhoSpoke() throws {
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-20\n---\nLast month, Harbour Trust chairman Omar Reyes said that the port had hit a “rough patch” after a strong summer.")
        #expect(briefing.quotes.map(\.speaker) == ["Omar Reyes"])
        #expect(briefing.actors.first { $0.name == "Omar Reyes" }?.kind == .person)
    }

    /// "the United States" is a name, not "United" stating something.
    @Test func aCapitalizedVerbInsideANameIsNoCue() throws {
        let found = try quotes("Ada Brook told a veterans group that the United States’ navy is “depleted” and needs more ships.")
        #expect(found.map(\.speaker) == ["Ada Brook"])
        #expect(found.map(\.text) == ["the United States’ navy is “depleted” and needs more ships"])
    }

    /// A full stop left out after the marks: the capital that follows starts another sentence, which is
    /// not part of what was said.
    @Test func aMissingFullStopDoesNotRunTheClauseOn() throws {
        let found = try quotes("Omar Reyes said the deal was “dead in the water” The council will vote today.")
        #expect(found.map(\.text) == ["the deal was “dead in the water”"])
    }

    /// "Another critic, Anna June, likened…", "Omar Reyes cynically dismissed…": a name after a describing
    /// phrase, or a judging verb after an adverb, still frames the quoted words; a launch does not.
    @Test func aJudgingVerbAfterAnAppositiveOrAnAdverbFramesTheWords() throws {
        let found = try quotes("Another critic, Anna June, likened the rules to “burning the charter” before the vote.\n\nOmar Reyes cynically dismissed the report as “a work of fiction.”\n\nBrightwell has proudly launched its latest “pocket office” phone.")
        #expect(found.map(\.speaker) == ["Anna June", "Omar Reyes"])
        #expect(found.map(\.text) == ["the rules to “burning the charter” before the vote", "the report as “a work of fiction.”"])
    }

    /// A name right after the marks goes on with the clause: "claiming the office “sexed up” Torvik's report".
    @Test func aNameAfterTheMarksGoesOnWithTheClause() throws {
        let found = try quotes("Paul Vale said the office had “sexed up” Torvik's report on the harbour.")
        #expect(found.map(\.text) == ["the office had “sexed up” Torvik's report on the harbour"])
    }

    /// "…, according to the Harbour Trust.": a source named after the sentence's words has the sentence;
    /// a quote with a speaker of its own keeps its words.
    @Test func aSourceAfterTheSentenceHasTheSentence() throws {
        let found = try quotes("More than 100,000 people took part in a nationwide “walk-in” at 2,000 schools, according to the Harbour Trust.\n\n“We will win,” said Ada Brook, according to the Torvik Herald.")
        #expect(found.map(\.text) == ["More than 100,000 people took part in a nationwide “walk-in” at 2,000 schools", "We will win"])
        #expect(found.map(\.speaker) == ["Harbour Trust", "Ada Brook"])
    }
}

