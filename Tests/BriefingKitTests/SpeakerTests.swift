import Testing

@testable import BriefingKit

/// Who said it: speaker phrases the attribution rules must read, on small articles written for the tests.
@Suite struct SpeakerTests {
    func briefing(_ body: String) throws -> Briefing {
        try Fixture.briefing("---\ntitle: T\ndate: 2016-09-20\n---\n" + body)
    }

    func speakers(_ body: String) throws -> [String?] {
        try briefing(body).quotes.map(\.speaker)
    }

    /// A letter or an advertisement's announcer speaks for itself when no author is named, rather than for
    /// whoever spoke last; the rest of its paragraph goes on in the same voice.
    @Test func worksAndVoicesWithNoAuthorSpeakForThemselves() throws {
        let body = """
            Director Ana Brook opened the festival on Friday. Her company also paid for a radio spot.

            “Tickets go fast, so book before the weekend,” the spot's announcer says.

            Parents wrote to the festival board. “Our children need a quiet space during the shows,” the letter reads. “Please consider a family room.”

            “We will build that room next year,” Brook said.
            """
        #expect(try speakers(body) == ["the spot's announcer", "the letter", "the letter", "Ana Brook"])
    }

    /// "a voice in the Brook ad" names whose advertisement it is, not who speaks in it; "the Hale report"
    /// is still Hale's.
    @Test func aNameModifyingAWorkIsItsOwnerUnlessTheWorkSpeaks() throws {
        let body = """
            Director Ana Brook opened the festival on Friday. Judge Mary Hale led the inquiry into its costs.

            “Book early and bring a friend,” a voice in the Brook ad urges.

            “Nobody checked the budget twice,” the Hale report said.
            """
        #expect(try speakers(body) == ["a voice in the Brook ad", "Mary Hale"])
    }

    /// "…met shop owners and promised": the second verb has the first one's subject, and the words between
    /// them are nobody's name; an opening clause's subject is not the sentence's.
    @Test func aVerbJoinedByAndHasTheFirstVerbsSubject() throws {
        let body = "Mayor Tom Price toured the flooded streets on Tuesday.\n\nThe Labour mayor later met shop owners and promised to “repair every road before winter.”"
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Tom Price"])
        #expect(!result.actors.contains { $0.name.contains("owners") })
        let opening = "After Tom Gale resigned, the Riverside Rovers board met and vowed to “find a new coach within a month.”"
        #expect(try speakers(opening) != ["Tom Gale"])
    }

    /// "The Harbour Council on Thursday said": the name ends before its day.
    @Test func aNameEndsBeforeTheDayAfterIt() throws {
        #expect(try speakers("The Harbour Council on Thursday said it would “close the old pier for good.”") == ["Harbour Council"])
    }

    /// "…, Shah said, listing a few demands, including, “…”": what a participle names is what was listed,
    /// not who spoke.
    @Test func aParticiplesObjectIsNotItsSpeaker() throws {
        let body = "“Rents must come down,” Councillor Amir Shah said, listing a few demands, including, “Why should a studio cost half a nurse's wage?”"
        #expect(try speakers(body) == ["Amir Shah", "Amir Shah"])
    }

    /// "The founder of Brightwell, Helen Osei, said": with the description first, the name between the
    /// commas is the subject, not the company before them.
    @Test func aNameAfterItsDescriptionIsTheSubject() throws {
        let body = "The founder of Brightwell, Helen Osei, said the merger was “the best outcome for our staff.”"
        #expect(try speakers(body) == ["Helen Osei"])
    }

    /// "In a note to his deputy he wrote": the pronoun right before the verb is the subject, not the
    /// longer phrase ending in it.
    @Test func aPronounBeforeTheVerbIsTheWholeSubject() throws {
        let body = "Carl Jensen, who chairs the ferry board, stepped down on Monday.\n\nIn a note to his deputy he wrote: “The service deserves a fresh start.”"
        #expect(try speakers(body) == ["Carl Jensen"])
    }

    /// "The Coastal Herald reports:" closing a paragraph introduces the quotation opening the next one,
    /// even when the one introduced is an organization.
    @Test func aParagraphEndingInAColonIntroducesTheNextOnesQuote() throws {
        let body = "Mayor Tom Price opened the pier on Saturday. The Coastal Herald reports:\n\n“Fewer than a hundred people came to see the new pier open.”"
        #expect(try speakers(body) == ["Coastal Herald"])
    }

    /// "Mr Vance is accused of having told": a phrase holding an auxiliary or a function word is a clause,
    /// not a name, and the person it names is the speaker.
    @Test func aClauseIsNoName() throws {
        let body = "Peter Vance ran the charity for ten years. Mr Vance is accused of having told donors that the money would be “spent only on the shelter.”"
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Peter Vance"])
        #expect(!result.actors.contains { $0.name.contains("accused") })
    }

    /// "his remarks about Marco Silva" is a noun, not Silva reporting anything: the pronoun after it goes to
    /// the sentence's subject.
    @Test func aReportingWordAfterAPossessiveIsANoun() throws {
        let body = "Coach Ivan Petrov was angry about a fine for his remarks about Marco Silva.\n\nThe 58-year-old rejected the ruling. \"I said nothing wrong and I will appeal,\" he said."
        #expect(try speakers(body) == ["Ivan Petrov"])
    }

    /// A source the article does not name stays the speaker for a pronoun of its own gender, and for the
    /// next quote when nobody is named in between; a pronoun of the other gender goes to the person named.
    @Test func anUnnamedSourceIsWhomItsOwnPronounContinues() throws {
        let body = """
            Mayor Tom Price cut the ribbon on Monday.

            A spokeswoman for the Ferry Trust said the timetable would change. “Boats will run every hour from May,” she said.

            “We expected bigger crowds,” he said.
            """
        #expect(try speakers(body) == ["a spokeswoman for the Ferry Trust", "Tom Price"])
    }

    /// "…,” Laura Lind, a lawyer for the tenants told the hearing": an appositive left open before the verb
    /// still describes the name before it.
    @Test func anAppositiveLeftOpenBeforeTheVerb() throws {
        #expect(try speakers("“Nobody asked the tenants,” Laura Lind, a lawyer for the residents told the hearing.") == ["Laura Lind"])
    }

    /// "the complaint said", "The study said:" with nobody before them: the document speaks.
    @Test func aDocumentWithNobodyBeforeItSpeaksForItself() throws {
        let body = "“Staff were warned twice about the faulty wiring,” the complaint said.\n\nThe study said: “Records were kept on paper until last year.”"
        #expect(try speakers(body) == ["the complaint", "the study"])
    }

    /// "said the Canadian", "the Norwegian said", "the 61-year-old singer said": a nationality or a role
    /// stands for the person it describes, never for a new actor named "Canadian".
    @Test func aNationalityOrRoleStandsForThePersonItDescribes() throws {
        let body = """
            Canadian skier Anna Fox and Norwegian rival Erik Berg raced on Sunday. Singer Paul Reyes, 61, watched from the finish.

            “The snow was too soft at the top,” said the Canadian.

            “I made a mistake in the last turn,” the Norwegian said.

            “I have never seen such speed on a slope,” the 61-year-old singer said.
            """
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Anna Fox", "Erik Berg", "Paul Reyes"])
        #expect(Set(result.actors.map(\.name)) == ["Anna Fox", "Erik Berg", "Paul Reyes"])
    }

    /// "the comedian Fred/B-MISC Sams/I-MISC": a given name and a surname tagged as a miscellaneous name
    /// after a role word are a person; "the new James/B-MISC Bond/I-MISC film" is not.
    @Test func aNameTaggedMiscellaneousAfterARoleIsAPerson() throws {
        let tokens = Tokenizer("the comedian Fred Sams and the new James Bond film").tokenize()
        var labels: [NERModel.Label] = [.outside, .outside, .beginMisc, .insideMisc, .outside, .outside, .outside, .beginMisc, .insideMisc, .outside]
        ActorFinder.relabelMiscPeople(&labels, tokens: tokens[...])
        #expect(labels == [.outside, .outside, .beginPerson, .insidePerson, .outside, .outside, .outside, .beginMisc, .insideMisc, .outside])
    }

    /// "Democrat/B-MISC Ann/I-MISC Lowe/I-MISC": a party or a nationality before a given name describes
    /// the person; "Senator Ann Lowe" was already one, and "Kestrel Motor Show" stays what it was.
    @Test func aPartyOrNationalityBeforeAMiscellaneousNameIsAPerson() throws {
        let tokens = Tokenizer("Democrat Ann Lowe met Norwegian Erik Dahl at the Kestrel Motor Show").tokenize()
        var labels: [NERModel.Label] = [
            .beginMisc, .insideMisc, .insideMisc, .outside, .beginMisc, .insideMisc, .insideMisc, .outside, .outside, .beginMisc, .insideMisc, .insideMisc,
        ]
        ActorFinder.relabelMiscPeople(&labels, tokens: tokens[...])
        #expect(labels == [
            .outside, .beginPerson, .insidePerson, .outside, .outside, .beginPerson, .insidePerson, .outside, .outside, .beginMisc, .insideMisc, .insideMisc,
        ])
    }

    /// "the weekly Harbour/B-MISC Lantern/I-MISC": a common noun for an organization beside a name makes
    /// it one, whatever else the tagger took it for.
    @Test func aMiscellaneousNameBesideAnOrganizationNounIsOne() throws {
        let tokens = Tokenizer("the weekly Harbour Lantern ran a Gothic story").tokenize()
        var labels: [NERModel.Label] = [.outside, .outside, .beginMisc, .insideMisc, .outside, .outside, .beginMisc, .outside]
        ActorFinder.relabelMiscOrganizations(&labels, tokens: tokens, sentence: tokens.indices)
        #expect(labels == [.outside, .outside, .beginOrganization, .insideOrganization, .outside, .outside, .beginMisc, .outside])
    }

    /// One name, one kind: a headline's "Varga" tagged as a place is the person whom "President Varga"
    /// names later, where the first sighting used to decide; with no firm evidence the first still does.
    @Test func aNameTakesTheKindItsFirmestSightingsGiveIt() {
        func sighting(_ form: String, _ kind: Actor.Kind, titled: Bool = false, paragraph: Int) -> ActorFinder.Candidate {
            ActorFinder.Candidate(form: form, kind: kind, titled: titled, paragraph: paragraph, token: 0)
        }
        let settled = ActorTable.settlingKinds([
            sighting("Varga", .place, paragraph: 0), sighting("Varga", .person, titled: true, paragraph: 1),
            sighting("Lune", .organization, paragraph: 0), sighting("Lune", .place, paragraph: 1),
        ])
        #expect(settled.map(\.kind) == [.person, .person, .organization, .organization])
    }

    /// A full name tagged as an organization is a person's when the article calls the person by its last
    /// word alone, twice or after a known given name; a firm's name with a head word ("Marlow Holdings")
    /// stays the firm's, and so does "Ellis Brook" after one stray sighting of "Brook".
    @Test func aFullNameIsAPersonsWhenItsSurnameSpeaksAlone() {
        func sighting(_ form: String, _ kind: Actor.Kind, paragraph: Int) -> ActorFinder.Candidate {
            ActorFinder.Candidate(form: form, kind: kind, titled: false, paragraph: paragraph, token: 0)
        }
        let settled = ActorTable.settlingKinds([
            sighting("Piet Marlow", .organization, paragraph: 0), sighting("Marlow Holdings", .organization, paragraph: 0),
            sighting("Marlow", .person, paragraph: 1), sighting("Marlow", .person, paragraph: 2),
            sighting("Ellis Brook", .organization, paragraph: 3), sighting("Brook", .person, paragraph: 4),
            sighting("Anna Brook", .place, paragraph: 5),
        ])
        #expect(settled.map(\.kind) == [.person, .organization, .person, .person, .organization, .person, .person])
    }

    /// A programme named after its host is the programme, not a second person beside the host.
    @Test func aShowNamedAfterItsHostIsNoOne() throws {
        let body = "Mayor Lena Varga spoke on Tuesday on The Rita Holm Show about the harbour plan.\n\n\u{201C}The plan is sound,\u{201D} she said.\n"
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Lena Varga"])
        #expect(result.actors.first { $0.name == "Rita Holm Show" }?.kind == .organization, "\(result.actors.map { ($0.name, $0.kind) })")
        #expect(!result.actors.contains { $0.kind == .person && $0.name != "Lena Varga" }, "\(result.actors.map(\.name))")
    }

    /// A title or a role the tagger took into a name ("Labour MP Lena Varga", "DJ Omar Reyes"), and a
    /// surname that is also a common word or a month ("Anna June"), leave the person's own name.
    @Test func titlesInsideANameAndCommonSurnames() throws {
        let body = """
            Labour MP Lena Varga has said the harbour plan must wait. \u{201C}It is too soon,\u{201D} Ms Varga said.

            DJ Omar Reyes - known as Night Owl - played the closing set. \u{201C}The crowd was wonderful,\u{201D} Reyes said.

            The plan's author, Anna June, told the council it was sound. \u{201C}We are ready,\u{201D} she said.
            """
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Lena Varga", "Omar Reyes", "Anna June"], "\(result.actors.map(\.name))")
    }

    /// "Christian" is a faith's word and a given name: before one surname it opens the name, while
    /// "Christian Democrats" stay a party and a faith's word before a role describes.
    @Test func aGivenNameThatIsAlsoAFaithOpensTheName() throws {
        let body = """
            The harbour board met on Monday. Christian Vale, its chairman, said the plan would go ahead.

            The Christian Democrats voted against it, and Christian leaders asked for a second vote.
            """
        let result = try briefing(body)
        #expect(result.actors.contains { $0.name == "Christian Vale" && $0.kind == .person }, "\(result.actors.map(\.name))")
        #expect(!result.actors.contains { $0.kind == .person && $0.name != "Christian Vale" }, "\(result.actors.map(\.name))")
    }

    /// After a one-word person, a capitalized word the article never writes in lower case is the
    /// surname the tagger left out; a word it does write in lower case is not.
    @Test func aSurnameTheTaggerLeftOutJoinsAOneWordPerson() {
        let tokens = Tokenizer("The new play casts Kester Vantrio and the awards went to Kester Awards again").tokenize()
        var document = NERModel.Document()
        document.add(tokens.map { (text: $0.text, lower: $0.lower) })
        var labels = tokens.map { _ in NERModel.Label.outside }
        let kester = tokens.indices.filter { tokens[$0].text == "Kester" }
        for i in kester { labels[i] = .beginPerson }
        ActorFinder.joinSurnames(&labels, tokens: tokens, sentence: 0..<tokens.count, document: document)
        #expect(labels[kester[0] + 1] == .insidePerson)
        #expect(labels[kester[1] + 1] == .outside)
    }

    /// "said his spokesman, Omar Reyes": the name set off after the role is who spoke, even where the
    /// role alone would point to no one or to the last person named.
    @Test func aNameAfterTheRoleIsTheSpeaker() throws {
        let body = """
            The harbour board met on Monday.

            \u{201C}The firm was sound,\u{201D} said his spokesman, Omar Reyes.

            \u{201C}We will appeal the decision,\u{201D} said the board\u{2019}s lawyer, Lena Varga, on Tuesday.

            \u{201C}It is a good day for the town,\u{201D} said a former partner at Harbour Trust, Paul T. Vale, in a statement.
            """
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Omar Reyes", "Lena Varga", "Paul T. Vale"], "\(result.quotes.map(\.speaker))")
    }

    /// The role and its name before the verb: "…,” a former partner, Paul Vale, said. After a quotation
    /// that ended its sentence, the same words open the next sentence and say something else.
    @Test func aRoleAndItsNameBeforeTheVerb() throws {
        let body = """
            The harbour board met on Monday.

            \u{201C}It is a good day for the town,\u{201D} a former partner at Harbour Trust, Paul Vale, said in a statement.

            \u{201C}We are pleased with the result today,\u{201D} the company\u{2019}s chief executive, Anna June, said.

            \u{201C}Who will pay for the new harbour wall?\u{201D} a former partner at Harbour Trust, Paul Vale, asked.

            Lena Varga told the board: \u{201C}The vote was fair and the count was right.\u{201D} Her deputy, Omar Reyes, said that a second count would follow in May.
            """
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Paul Vale", "Anna June", "Paul Vale", "Lena Varga"], "\(result.quotes.map(\.speaker))")
    }

    /// "the trust said", "the alliance said": an institution's common noun stands for the organization
    /// the article named with it, not for the person quoted last.
    @Test func anInstitutionNounSpeaksForItsOrganization() throws {
        let body = """
            Harbour Trust chief executive Omar Reyes said the wall would be finished by June.

            \u{201C}We have done everything we were asked to do,\u{201D} he said.

            In a statement, the trust said it \u{201C}regretted any upset caused to residents\u{201D}.
            """
        let result = try briefing(body)
        #expect(result.quotes.map(\.speaker) == ["Omar Reyes", "Harbour Trust"], "\(result.quotes.map(\.speaker))")
    }

    /// "Brook dismissed the figures insisting that…": a participle after a noun phrase speaks for the
    /// sentence's subject, not for the figures.
    @Test func aParticipleAfterAnObjectIsTheSubjectsSpeech() throws {
        let body = "Ada Brook dismissed the figures on Tuesday insisting that the harbour plan was “fully costed” and safe."
        #expect(try speakers(body) == ["Ada Brook"])
    }

    /// "Omar B. Reyes": a middle initial's full stop is part of the speaker's name.
    @Test func aMiddleInitialStaysInTheSpeakersName() throws {
        let body = "His former partner at the Harbour Trust, Omar B. Reyes, said the deal was “a masterpiece of patience.”"
        #expect(try speakers(body) == ["Omar B. Reyes"])
    }

    /// "Brook's campaign strategist said": whose strategist, not who spoke.
    @Test func aPossessiveNameInARoleIsNotTheSpeaker() throws {
        let body = "Ada Brook spoke first at the rally in Torvik.\n\n“We will win this city back,” Brook's campaign strategist said in an interview."
        #expect(try speakers(body) != ["Ada Brook"])
    }

    /// "On September 27 they published… by announcing": a sentence that opens with a preposition has
    /// no subject in its first capitals.
    @Test func anOpeningPrepositionalPhraseIsNoSpeaker() throws {
        let body = "The Harbour Trust checked the claim by Ada Brook. On September 27 they published the results of their check by announcing that Brook's statement was “true.”"
        let found = try speakers(body)
        #expect(found.count == 1)
        #expect(!found.contains { $0?.contains("September") == true })
    }

    /// "Mr. Vale" is not "Nora Vale": a surname an honorific makes a man's does not join a woman's full
    /// name, and his title goes with him. A surname written first ("Kim Doyun", "Mr Kim") still joins.
    @Test func anHonorificKeepsASurnameFromAFullNameOfTheOtherGender() throws {
        let body = """
            President Vale told a dinner of the Harbour Trust on Saturday that the vote mattered. “It is about me,” Mr. Vale said.

            Nora Vale campaigned in Marsh Bay on Friday. “We need you,” she said.

            “This is serious,” the president said.

            “The banks will have to take part,” said Kim Doyun, an analyst at Harbour Securities. “They are stalling,” said Mr Kim.
            """
        let briefing = try briefing(body)
        #expect(briefing.quotes.map(\.speaker) == ["Vale", "Nora Vale", "Vale", "Kim Doyun", "Kim Doyun"])
        let names = briefing.actors.filter { $0.kind == .person }.map(\.name)
        #expect(names.contains("Vale") && names.contains("Nora Vale"), "\(names)")
    }

    /// "A spokeswoman for the shopping centre" is someone new, an unnamed source, even when the article
    /// named another spokeswoman before.
    @Test func anIndefiniteRoleIsANewUnnamedSource() throws {
        let body = """
            Ada Brook, the council's spokeswoman, spoke on Tuesday. “The roads will reopen soon,” she said.

            A spokeswoman for the Harbour Shopping Centre said: “We are aware of the incident and are working with police.”
            """
        #expect(try speakers(body) == ["Ada Brook", "a spokeswoman for the Harbour Shopping Centre"])
    }

    /// "They said they would…" speaks for a group: it does not make the person who spoke last the speaker
    /// a later "he" continues.
    @Test func aPluralPronounDoesNotHoldTheFloorForOnePerson() throws {
        let body = """
            Mr Harwood said: “We will not be soft on this.”

            They said they would also press ministers. Paul Vance has branded the scheme a waste of money. He said: “This has all the signs of colleagues being overruled.”
            """
        #expect(try speakers(body) == ["Harwood", "Paul Vance"])
    }

    /// "The Russian was more cautious.": a sentence that opens on one introduced person's nationality or
    /// role names them for the pronoun after it; someone named only further down is not meant.
    @Test func aSentenceOpeningOnARoleNamesThePersonForAPronoun() throws {
        let body = """
            US envoy Paul Harrow met his Russian counterpart Ivan Sobol in Geneva on Monday.

            “We made progress,” said the American.

            The Russian was more cautious. “Nothing is agreed until everything is agreed,” he told reporters.
            """
        #expect(try speakers(body) == ["Paul Harrow", "Ivan Sobol"])
        let later = """
            Ann Vale cancelled her trip. She said: “I am too ill to fly.”

            The actress was missed. “We hoped she would come,” she said. Other guests included actress Rose Tilly.
            """
        #expect(try speakers(later) == ["Ann Vale", "Ann Vale"])
    }
}

