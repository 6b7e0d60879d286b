import Testing

@testable import BriefingKit

/// Extraction rules on small articles written for the tests.
@Suite struct ExtractionTests {
    func quotes(_ body: String, date: String = "2016-02-10") throws -> [Quote] {
        try Fixture.briefing("---\ntitle: T\ndate: \(date)\n---\n" + body).quotes
    }

    /// The actors of a one-paragraph article of the given date.
    func actors(_ body: String, date: String = "2024-03-01") throws -> [Actor] {
        try Fixture.briefing("---\ntitle: T\ndate: \(date)\n---\n" + body).actors
    }

    /// Each actor as "name|kind", to check and to show when a check fails.
    func described(_ actors: [Actor]) -> [String] {
        actors.map { "\($0.name)|\($0.kind)" }
    }

    /// Each actor's role by name, "-" for none.
    func roles(_ actors: [Actor]) -> [String: String] {
        Dictionary(actors.map { ($0.name, $0.role ?? "-") }, uniquingKeysWith: { first, _ in first })
    }

    /// An article of the given paragraphs.
    func briefing(_ paragraphs: [String], date: String) throws -> Briefing {
        try Fixture.briefing("---\ntitle: T\ndate: \(date)\n---\n" + paragraphs.joined(separator: "\n\n"))
    }

    /// Sports pages name clubs by their cities: in a line of results, those cities are teams.
    @Test func citiesInAResultsLineAreTeams() throws {
        let body = "Results on Thursday: Detroit 4 Kansas City 1 Minnesota 6 Milwaukee 1 Seattle 9 Baltimore 6\n\nThe mayor of Boston said 12 schools would close.\n"
        let actors = try Fixture.briefing("---\ntitle: Baseball\ndate: 1996-08-30\n---\n" + body).actors
        let kinds = Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for team in ["Detroit", "Minnesota", "Seattle", "Baltimore"] { #expect(kinds[team] == .organization, "\(team): \(kinds)") }
        #expect(kinds["Boston"] == .place)
    }

    /// A company's legal form ends its name and makes it an organization, as does an ampersand; the
    /// name without the legal form is the same company.
    @Test func companiesKeepTheirLegalFormAndAmpersand() throws {
        let body = "Tarnford Medical Industries Inc said Friday it completed the acquisition of Brookline Pharmaceuticals Inc of St. Petersburg, Florida.\n\nBrookline Pharmaceuticals makes drugs. Shares of Hale & Corrin Co rose, analysts at Marlow & Vance said.\n"
        let actors = try Fixture.briefing("---\ntitle: Deal\ndate: 1996-08-30\n---\n" + body).actors
        let kinds = Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for company in ["Tarnford Medical Industries Inc", "Brookline Pharmaceuticals Inc", "Hale & Corrin Co"] {
            #expect(kinds[company] == .organization, "\(company): \(kinds)")
        }
        #expect(actors.first { $0.name == "Brookline Pharmaceuticals Inc" }?.aliases.contains("Brookline Pharmaceuticals") == true)
        #expect(!actors.contains { $0.name.hasSuffix(" of St") || $0.kind == .person && $0.name.hasPrefix("Brookline") }, "\(kinds)")
    }

    /// What names the kind of an organization or place beside it: "newspaper Harbour Lantern", "Vale
    /// Courier daily"; "Tarnford-based" describes a bank without being part of its name; "First" opens one;
    /// "City" after a state is a place, after a town a club.
    @Test func theWordsAroundANameTellItsKind() throws {
        let body = "The official newspaper Harbour Lantern reported that Vale Courier daily had closed. Tarnford-based First Brookline Holdings Inc may bid, analysts said in Kansas City.\n\nThe United States beat El Salvador in the Soviet Union's old stadium. Manchester City beat Arsenal 2-0.\n"
        let actors = try Fixture.briefing("---\ntitle: Notes\ndate: 1996-08-30\n---\n" + body).actors
        let kinds = Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for organization in ["Harbour Lantern", "Vale Courier", "First Brookline Holdings Inc", "Manchester City"] {
            #expect(kinds[organization] == .organization, "\(organization): \(kinds)")
        }
        for place in ["Kansas City", "El Salvador", "Soviet Union"] { #expect(kinds[place] == .place, "\(place): \(kinds)") }
    }

    /// "State Department", "Foreign Ministry": title words before an institution's head word name the
    /// institution; before a name they stay a title.
    @Test func titleWordsOpenAnInstitutionsName() throws {
        let body = "The State Department refused to comment on the talks in Oslo.\n\nA State Department spokesman, Paul Vale, said the talks would go on. The Foreign Ministry said Foreign Minister Ada Brook would fly there.\n"
        let actors = try Fixture.briefing("---\ntitle: Talks\ndate: 2024-03-01\n---\n" + body).actors
        let kinds = Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for institution in ["State Department", "Foreign Ministry"] { #expect(kinds[institution] == .organization, "\(institution): \(kinds)") }
        #expect(kinds["Ada Brook"] == .person && kinds["Paul Vale"] == .person, "\(kinds)")
        #expect(actors.first { $0.name == "Ada Brook" }?.role?.lowercased().contains("foreign minister") == true)
    }

    /// "A State Department spokesman, Paul Vale, said": a role set off by commas before the name is the
    /// person's.
    @Test func aRoleSetOffByCommasBeforeTheName() throws {
        let body = "A State Department spokesman, Paul Vale, said the talks would go on.\n"
        let actors = try Fixture.briefing("---\ntitle: Talks\ndate: 2024-03-01\n---\n" + body).actors
        let vale = actors.first { $0.name == "Paul Vale" }
        #expect(vale?.role?.hasSuffix("spokesman") == true, "\(actors.map { ($0.name, $0.role ?? "-") })")
    }

    /// "chief executive of Quarnby Foods": the name after "of" or "at" is where the role is held, not a
    /// person holding it.
    @Test func theNameAfterARolesPrepositionIsNoPerson() throws {
        let body = "Jane Hollis, chief executive of Quarnby Foods, said sales fell. Sam Ode, the president of Tarvik, agreed.\n"
        let actors = try self.actors(body)
        let described = self.described(actors)
        #expect(actors.first { $0.name == "Quarnby Foods" }?.kind == .organization, "\(described)")
        #expect(actors.first { $0.name == "Jane Hollis" }?.role == "chief executive of Quarnby Foods", "\(described)")
        #expect(!actors.contains { $0.name == "Tarvik" && $0.kind == .person }, "\(described)")
    }

    /// "St Mary's Hospital", "People's Bank": a saint's or a people's possessive is part of the name; another
    /// possessive says whose the thing is, and makes no name of its own.
    @Test func possessivesInsideNames() throws {
        let body = "Dr Ada Brook, a surgeon at St Mary's Hospital, warned of delays. A spokeswoman for the St Kessog's Shopping Centre said it was busy. The People's Bank of Tarvia lent more. Arrow's Tom Vale scored twice.\n"
        let actors = try self.actors(body)
        let described = self.described(actors)
        #expect(described.contains("St Mary's Hospital|organization"), "\(described)")
        #expect(described.contains("St Kessog's Shopping Centre|organization"), "\(described)")
        #expect(actors.contains { $0.name.hasPrefix("People's Bank") }, "\(described)")
        #expect(!actors.contains { $0.name.contains("Arrow's") }, "\(described)")
    }

    /// Everyday occupations are roles too: "said fisherman Pete Varley", "Ana Ruiz, a nurse at the clinic".
    @Test func everydayOccupationsAreRoles() throws {
        let body = "“It is hard,” said fisherman Pete Varley, 54. Ana Ruiz, a nurse at the clinic, agreed.\n"
        let roles = self.roles(try self.actors(body))
        #expect(roles["Pete Varley"] == "fisherman", "\(roles)")
        #expect(roles["Ana Ruiz"] == "nurse at the clinic", "\(roles)")
        // After an article, the whole noun phrase is the role: "Tom Reed, the port manager,".
        let moreRoles = self.roles(try self.actors("Tom Reed, the port manager, agreed. Ada Brook, a former finance director, did not.\n"))
        #expect(moreRoles["Tom Reed"] == "port manager", "\(moreRoles)")
        #expect(moreRoles["Ada Brook"] == "former finance director", "\(moreRoles)")
    }

    /// "New York Mercantile Exchange": a place opening a name that ends on an organization's head word is
    /// part of it; "Labour Department" is one body, not a party and a department; "Labour Day" names a day.
    @Test func placesAndPartiesInsideOtherNames() throws {
        let body = "Oil rose on the New York Mercantile Exchange. The Labour Department said jobs grew. Markets close on Monday for Labour Day. Doris Day sang.\n"
        let actors = try self.actors(body, date: "1996-08-30")
        let described = self.described(actors)
        #expect(described.contains("New York Mercantile Exchange|organization"), "\(described)")
        #expect(described.contains("Labour Department|organization"), "\(described)")
        #expect(!actors.contains { $0.name.hasPrefix("Labour Party") || $0.aliases.contains("Labour") }, "\(described)")
        #expect(described.contains("Doris Day|person"), "\(described)")
    }

    /// The people and places inside a quoted title are not the article's actors: "Lawrence of Arabia",
    /// "Schindler's List"; a name in quoted speech still is.
    @Test func namesInsideQuotedTitlesAreNoActors() throws {
        let body = "He starred in \"Lawrence of Arabia\" and \"Ice Cold in Alex\". The film \"Michael Collins\" opens today. \"Paul Vance lied,\" Ann Lee said.\n"
        let briefing = try Fixture.briefing("---\ntitle: Films\ndate: 2024-03-01\n---\n" + body)
        let names = briefing.actors.map(\.name)
        #expect(!names.contains { ["Lawrence", "Arabia", "Alex", "Michael Collins"].contains($0) }, "\(names)")
        #expect(names.contains("Paul Vance") && names.contains("Ann Lee"), "\(names)")
        // Titles are not quotations either; the speech is.
        #expect(briefing.quotes.map(\.text) == ["Paul Vance lied"])
    }

    /// Meta is named as the article names it, not as Facebook, and well-known exchanges and firms are
    /// organizations.
    @Test func wellKnownFirmsKeepTheirOwnNames() throws {
        let body = "Meta and Alphabet shares rose on the Nasdaq. SpaceX launched a rocket.\n"
        let actors = try self.actors(body, date: "2023-02-23")
        let described = self.described(actors)
        #expect(described.contains("Meta|organization") && !described.contains("Facebook|organization"), "\(described)")
        #expect(described.contains("Nasdaq|organization"), "\(described)")
        // Two names joined by "and" in the tagger's one span are two organizations.
        #expect(described.contains("Alphabet|organization"), "\(described)")
    }

    /// "Charles de Gaulle airport": a person's name before "airport" or "stadium" names a place.
    @Test func aPersonsNameBeforeAPlaceNounIsAPlace() throws {
        let body = "Protesters marched at Rufus Vale airport on Friday. Ann Lee watched.\n"
        let actors = try self.actors(body)
        let described = self.described(actors)
        #expect(described.contains("Rufus Vale|place"), "\(described)")
        #expect(described.contains("Ann Lee|person"), "\(described)")
    }

    /// "BBC Two": an ordinary word after a known organization, in one name, is its channel or desk and
    /// no actor of its own; an institution's head word after it still names one.
    @Test func aKnownOrganizationsChannelIsNoActor() throws {
        let body = "The film will be shown on BBC Two in May, Ada Brook said.\n\nThe UN Security Council met on Friday.\n"
        let names = try Fixture.briefing("---\ntitle: Schedules\ndate: 2024-03-01\n---\n" + body).actors.map(\.name)
        #expect(names.contains("BBC") && !names.contains("Two"), "\(names)")
        #expect(names.contains { $0.hasSuffix("Security Council") }, "\(names)")
    }

    /// "Co Tyrone" is a county, not a company; a given name beside a word for a firm is a person's.
    @Test func lookalikesOfCompaniesAreNotCompanies() throws {
        let body = "The farm in Co Tyrone was sold. The newspaper Jeremy Hunt founded closed.\n"
        let actors = try Fixture.briefing("---\ntitle: Notes\ndate: 2016-03-01\n---\n" + body).actors
        let kinds = Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Co Tyrone"] != .organization && kinds["Jeremy Hunt"] == .person, "\(kinds)")
    }

    /// A sentence with no capital but its first word's names no one: amounts and decades are no places.
    @Test func aLowerCaseSentenceNamesNoOne() throws {
        let body = "Profits rose to 1.4bn in the year. It was the best result since the mid-80s, and there was mass-hysteria.\n"
        let actors = try Fixture.briefing("---\ntitle: Results\ndate: 2005-02-10\n---\n" + body).actors
        #expect(actors.isEmpty, "\(actors.map(\.name))")
    }

    @Test func speakerAfterTheQuote() throws {
        let q = try quotes(#"Prime Minister Jane Doe visited the plant. "We will keep every job here," Doe said."#)
        #expect(q.map(\.speaker) == ["Jane Doe"])
        #expect(q.first?.text == "We will keep every job here")
        #expect(q.first?.cue == "said")
    }

    /// "Vance sings to Brook before asking her": the clause's subject asks, not the one she asks.
    @Test func aParticipleAfterBeforeHasTheClauseSubject() throws {
        let q = try quotes(#"Helen Vance sang for Anna Brook on the show. "Keep the lantern lit," Vance sings to Brook before asking her, "Where does the road go now?""#)
        #expect(q.map(\.speaker) == ["Helen Vance", "Helen Vance"])
    }

    /// "an architect who said…" reports the architect's words, not the words quoted after "saying".
    @Test func aRelativeClauseDoesNotNameTheSpeaker() throws {
        let q = try quotes(#"Senator Jane Doe defended not paying an architect who said he was stiffed, saying, "Maybe he didn't do a good job.""#)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Jane Doe")
    }

    /// A transcript quoted turn by turn: the name in capitals before the colon speaks, and is not quoted.
    @Test func aTranscriptTurnIsCreditedToTheNameBeforeItsColon() throws {
        let q = try quotes("Chris Wallace asked Mike Pence about the debate.\n\n\"PENCE: She will not be attending the debate tomorrow night.\n\n\"WALLACE: But, Governor, I have got to ask you about the language.\n\n\"UPDATE: The debate was moved to another night, organisers said.\"")
        #expect(q.prefix(2).map(\.speaker) == ["Mike Pence", "Chris Wallace"])
        #expect(q.first?.text.hasPrefix("She will not") == true)
        // A label in capitals is no speaker, and stays in the quote.
        #expect(q.last?.text.hasPrefix("UPDATE: The debate") == true)
    }

    @Test func speakerBeforeTheQuoteAndPronounsInTheNextParagraph() throws {
        let body = """
            Company chief executive John Smith told reporters: "The results speak for themselves."

            "We doubled our sales in a year," he added.
            """
        #expect(try quotes(body).map(\.speaker) == ["John Smith", "John Smith"])
    }

    @Test func roleNounsResolveToTheActorWithThatRole() throws {
        let body = """
            The spokeswoman for the council, Mary Jones, and coach Tom Brown met on Monday.

            "It was a difficult season for everyone involved," said the coach.
            """
        #expect(try quotes(body).map(\.speaker) == ["Tom Brown"])
    }

    @Test func continuationQuotesKeepTheirSpeaker() throws {
        let body = """
            Mayor Anna Berg said: "The bridge will reopen before Christmas.

            "Over the next weeks the crews will work through the night."
            """
        let q = try quotes(body)
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.speaker == "Anna Berg" })
    }

    @Test func accordingToNamesTheSource() throws {
        let q = try quotes("According to Pavel Orlov, the talks \"will resume in the spring without preconditions\".")
        #expect(q.map(\.speaker) == ["Pavel Orlov"])
        #expect(q.first?.cue == "according to")
    }

    @Test func shortOrTitleCaseQuotesAreNotQuotations() throws {
        #expect(try quotes(#"The group calls itself "Islamic State" and runs "From Russia With Love" tours."#).isEmpty)
    }

    @Test func relativeDatesResolveAgainstTheArticleDate() throws {
        // 2016-02-10 was a Wednesday.
        let body = "The minister arrived yesterday and met officials on Monday. Talks resume tomorrow, and a vote is due next week. Last year was hard; in 2014 it was worse. The deal signed on March 3, 2015 ends in early December."
        let dates = try Fixture.briefing("---\ntitle: T\ndate: 2016-02-10\n---\n" + body).dates
        let values = dates.map(\.value)
        #expect(values == ["2016-02-09", "2016-02-08", "2016-02-11", "2016-W07", "2015", "2014", "2015-03-03", "2015-12"])
    }

    @Test func countsBackNamedDaysAndDecades() throws {
        let body = "The war began 50 years ago and 11 days ago the talks ended. A decade ago it was calm. In the late 1980s prices rose, as in 1898. They met on Thanksgiving Day, on Election Day and at Easter."
        let dates = try Fixture.briefing("---\ntitle: T\ndate: 1999-04-19\n---\n" + body).dates
        #expect(dates.map(\.value) == ["1949", "1999-04-08", "1989", "198", "1898", "1998-11-26", "1998-11-03", "1999-04-04"])
        #expect(dates.map(\.text).contains("late 1980s"))
        // "last" and "next" choose the named day's year.
        let around = try Fixture.briefing("---\ntitle: T\ndate: 2000-01-10\n---\nSales fell after last Christmas and will rise before next Easter.").dates
        #expect(around.map(\.value) == ["1999-12-25", "2000-04-23"])
    }

    @Test func aMonthAndDayMonthsAheadIsLastYearsUnlessTheSentenceLooksAhead() throws {
        let dates = try Fixture.briefing("---\ntitle: T\ndate: 1999-05-10\n---\nThe rebels attacked on Nov. 3. The next vote will be held on Nov. 3.").dates
        #expect(dates.map(\.value) == ["1998-11-03", "1999-11-03"])
    }

    @Test func aMonthLongPastStaysInTheArticleYearUnlessTheSentenceLooksAhead() throws {
        // Written in September, "in January" reported is this January; only a sentence looking ahead makes it next year's.
        let body = "The talks began in January and the ceasefire failed on Feb. 2. The envoy will return in January, and the vote will be held on Feb. 2."
        let dates = try Fixture.briefing("---\ntitle: T\ndate: 1998-09-15\n---\n" + body).dates
        #expect(dates.map(\.value) == ["1998-01", "1998-02-02", "1999-01", "1999-02-02"])
        // Months a little ahead in a report of the past are last year's, as month-and-day dates already were.
        let past = try Fixture.briefing("---\ntitle: T\ndate: 1999-05-10\n---\nThe strike started in November.").dates
        #expect(past.map(\.value) == ["1998-11"])
        // "This November" is this year's; a month soon after the article date, with no tense, too.
        let august = try Fixture.briefing("---\ntitle: T\ndate: 2016-08-10\n---\nThe vote is this November. The fair opens in September.").dates
        #expect(august.map(\.value) == ["2016-11", "2016-09"])
        // A month long before the article date, in the present tense, is next year's.
        let december = try Fixture.briefing("---\ntitle: T\ndate: 2016-12-05\n---\nParliament returns in January.").dates
        #expect(december.map(\.value) == ["2017-01"])
    }

    @Test func monthAndDayWithoutAnArticleYearStayPartial() throws {
        let dates = try Fixture.briefing("Title\n\nThe summit opens on 11 February.").dates
        #expect(dates.map(\.value) == ["--02-11"])
    }

    @Test func wordsThatLookLikeDatesAreNot() throws {
        let body = "Officials may act. Troops march on. Resolution 2254 covers 2,000 people and 15 percent of land."
        #expect(try Fixture.briefing("---\ntitle: T\ndate: 2016-02-10\n---\n" + body).dates.isEmpty)
    }

    @Test func acronymsMergeWithTheirExpansion() throws {
        let body = "The International Atomic Energy Agency (IAEA) said Iran complied. IAEA inspectors will return. The World Wildlife Fund (WWF) agreed, and WWF staff left."
        let actors = try Fixture.briefing("Title\n\n" + body).actors
        #expect(actors.first { $0.name == "International Atomic Energy Agency" }?.mentions == 2)
        #expect(actors.first { $0.name == "World Wildlife Fund" }?.aliases == ["WWF"])
    }

    /// The story was filed from its dateline's town: that town is one of its places, once.
    @Test func theDatelinePlaceIsAnActor() throws {
        let filed = try Fixture.briefing("Talks\n\nVARSK, Tajikistan 1996-08-30 Troops took the town on Friday.").actors
        #expect(filed.filter { $0.kind == .place }.map(\.name) == ["Varsk", "Tajikistan"])
        #expect(filed.first { $0.name == "Varsk" }?.paragraph == nil)
        let named = try Fixture.briefing("Talks\n\nLONDON — Talks in London ended. London was quiet.").actors
        #expect(named.filter { $0.name == "London" }.count == 1)
        #expect(named.first { $0.name == "London" }?.mentions == 2)
        // A state's abbreviation is part of the dateline, not an actor.
        let state = try Fixture.briefing("Flood\n\nSALEM, Ore. (AP) — Police released the report on the flooding on Monday.")
        #expect(state.actors.filter { $0.kind == .place }.map(\.name) == ["Salem"])
        #expect(state.article.paragraphs.first?.text.hasPrefix("Police released") == true)
    }

    /// A surname that is also a given name ends a name rather than starting one; a relative sharing a
    /// surname is a person of their own, and speaks for herself.
    @Test func familyNamesKeepPeopleApart() throws {
        let golf = try Fixture.briefing("Golf\n\nLeaders: 284 Robert Allenby (Australia), Miguel Angel Martin (Spain).").actors
        #expect(golf.contains { $0.name == "Miguel Angel Martin" && $0.kind == .person })
        let body = "Police shot Keith Lamont Scott on Tuesday. Scott was sitting in his car.\n\nIn the video, Rakeyia Scott can be heard yelling to the officers that her husband was unarmed. \"Do not shoot him,\" she says. \"He has no weapon.\""
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-22\n---\n" + body)
        #expect(briefing.actors.filter { $0.kind == .person }.map(\.name) == ["Keith Lamont Scott", "Rakeyia Scott"])
        #expect(briefing.quotes.map(\.speaker) == ["Rakeyia Scott", "Rakeyia Scott"])
    }

    @Test func givenNamesStillOpenDefinitionsAndTranscriptLabelsNameNoOne() throws {
        let actors = try Fixture.briefing("Talks\n\nThe Christian Democratic Union (CDU) met. CDU leaders and North Korean envoys spoke.").actors
        #expect(actors.first { $0.name == "Christian Democratic Union" }?.aliases.contains("CDU") == true)
        #expect(!actors.contains { $0.name.contains("Korean") })
        let q = try quotes("Mike Pence spoke.\n\n\"FULL TEXT: We will not be attending the debate tomorrow night.\"")
        #expect(q.first?.speaker != "FULL TEXT")
        #expect(q.first?.text.hasPrefix("FULL TEXT:") == true)
    }

    /// A country in brackets after a runner's name defines no acronym; nor are nationality words actors.
    @Test func aNameBeforeABracketedCountryIsNotItsExpansion() throws {
        let actors = try Fixture.briefing("Athletics\n\nResults: 1. Michael Johnson (U.S.) 20.02 2. Ato Boldon (Trinidad) 20.37. Tajik troops and Azeris waited, North American fans said.").actors
        #expect(actors.first { $0.name == "Michael Johnson" }?.kind == .person)
        #expect(actors.first { $0.name == "United States" }?.aliases == ["U.S."])
        for word in ["Tajik", "Azeris", "North American"] { #expect(!actors.contains { $0.name == word }, "\(word)") }
        #expect(ActorFinder.spells("IAEA", ["international", "atomic", "energy", "agency"]))
        #expect(!ActorFinder.spells("U.S.", ["michael", "johnson"]))
    }

    @Test func timelineEventsAreTheClauseAroundTheDate() throws {
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-02-10\n---\nThe ceasefire agreed in Munich on 12 February collapsed within days, officials said.")
        let entry = try #require(briefing.timeline.first)
        #expect(entry.date == "2016-02-12")
        #expect(entry.event == "The ceasefire agreed in Munich collapsed within days")
    }

    @Test func aBracketedPartyBetweenNameAndVerbKeepsTheSpeaker() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-10-01\n---\nThe remark drew criticism.\n\n“This vote speaks to every family in the state,” Rep. Ada Brook (D-Wis.) said Friday.\n\nSen. Nora Vance (D-Mo.) said: “The committee was ready.”\n")
        #expect(briefing.quotes.map(\.speaker) == ["Ada Brook", "Nora Vance"])
    }

    @Test func wordsDescribingTheSpeakerAroundTheNameKeepTheName() throws {
        let briefing = try briefing([
            "The governor spoke on Monday about the plan.",
            "“Hearings are not a matter of choice,” committee Chairman Rep. Dana Whitfield (R-Ohio) said after the vote.",
            "“The plan keeps the harbour safe for years,” retired Navy admiral Carl Brenner said.",
            "“The reasons given for the veto do not stand up,” said 9/11 widow Nora Pell.",
            "“Our view is that the bill will pass next week,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
            "Rep. Ann Kessler, D-N.Y., voted against it.",
        ], date: "2016-09-27")
        #expect(briefing.quotes.map(\.speaker) == ["Dana Whitfield", "Carl Brenner", "Nora Pell", "Mitch McConnell"])
        // The party and state after a legislator's name are no one.
        #expect(!briefing.actors.contains { $0.name.hasPrefix("R-") || $0.name.hasPrefix("D-") })
        // Words describing a group before a name do not make the name the speaker.
        let groups = try quotes("Carl Brenner spoke first.\n\n“We are ready for anything at all,” officials in Seoul said.\n\n“We will not sign it at all,” said lawyers for Brenner.")
        #expect(groups.count == 2)
        #expect(!groups.contains { $0.speaker == "Seoul" || $0.cue == "said" && $0.speaker == "Carl Brenner" })
    }

    @Test func aPronounContinuesTheSubjectOfReportedSpeechNotWhoItSpokeOf() throws {
        let briefing = try briefing([
            "Governor Ellen Hale held a rally in Tampa.",
            "“The campaign is worried about turnout,” said Maria Oduya, who chairs the women's caucus.",
            // The subject misspelled: still no reason to give her words to the governor.
            "Odoya believes that the Hale campaign took young voters for granted and now has to scramble.",
            "“They have a big problem,” she said.",
            "Sen. Paul Dorsey said he did not believe those attacks did Mark Lyle in, arguing that divisions were the bigger hurdle.",
            "“It is not what worked in 2012,” he said.",
        ], date: "2016-09-27")
        let speakers = briefing.quotes.map(\.speaker)
        #expect(speakers.count == 3)
        #expect(speakers.first == "Maria Oduya" && speakers.last == "Paul Dorsey")
        #expect(!speakers.contains("Ellen Hale"))
    }

    @Test func aLongSurnameMisspelledOnceIsStillTheSamePerson() throws {
        let body = "Two voters, Rosa Bellingham and Brian Ames, saw the rally.\n\nBelingham said the campaign lacks any plan.\n\n“It only comes up when the cameras are on,” she said."
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-27\n---\n" + body)
        #expect(briefing.quotes.map(\.speaker) == ["Rosa Bellingham"])
        #expect(!briefing.actors.contains { $0.name == "Belingham" })
        // One letter apart at the start is another family: Hernandez is not Fernandez.
        #expect(!ActorTable.isLikelyMisspelling("fernandez", of: "hernandez"))
        #expect(ActorTable.isLikelyMisspelling("belingham", of: "bellingham"))
    }

    @Test func wordsWovenIntoASentenceAreItsSubjectsAndAFullStopEndsTheAttribution() throws {
        let body = "Prime Minister Anne Solberg said the leader was \"losing all sense of proportion.\" Norway branded the regime an \"outlaw state in the region.\" Sweden insisted that the regime \"stop its reckless tests.\" The International Atomic Energy Agency said the regime showed \"complete disregard\" of its demands."
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-10\n---\n" + body)
        #expect(briefing.quotes.map(\.speaker) == ["Anne Solberg", "Norway", "Sweden", "International Atomic Energy Agency"])
        // Two quoted words in reported speech are a quote with their clause.
        #expect(briefing.quotes.last?.text == "the regime showed \"complete disregard\" of its demands")
    }

    @Test func anAttributionAfterTheWordsThatFinishTheQuotedSentence() throws {
        let body = "Carl Mott, the bank chief, testified on Tuesday. A clerk who steals is punished, Senator Ruth Adler said. Bank bosses are not. “The only way the banks will change is if bosses face prison” for fraud, she said."
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-20\n---\n" + body)
        #expect(briefing.quotes.map(\.speaker) == ["Ruth Adler"])
        #expect(briefing.quotes.first?.cue == "said")
    }

    @Test func aNameBeforeAStateOrCountryIsATown() throws {
        let body = "Ada Brook criticized Salem, Ore., police officer Jean Morrow on Tuesday. Protests spread to Charlotte, North Carolina, where a man was hurt, and to Raleigh, N.C., on Friday.\n\n“I do not know what the officer was thinking at all,” he said."
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-21\n---\nPaul Vale spoke in Cleveland.\n\n" + body)
        let kinds = Dictionary(briefing.actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Salem"] == .place)
        #expect(kinds["Charlotte"] == .place)
        #expect(kinds["Ore"] == nil && kinds["Ore."] == nil && kinds["N.C."] == nil)
        // A town is nobody a pronoun can stand for.
        #expect(briefing.quotes.map(\.speaker) == ["Paul Vale"])
        // A list of names is not a town and its state.
        let list = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-21\n---\nThe talks brought together John Vance, Russia, and Iran.").actors
        #expect(list.first { $0.name == "John Vance" }?.kind == .person)
        // The given name before "Brook criticized" is still hers.
        #expect(kinds["Ada Brook"] == .person)
    }

    @Test func aDocumentSpeaksForTheOrganizationNamedInIt() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-10-04\n---\nRufus Vale spoke on Monday.\n\n“The effect of the vote is still unclear,” the Acme Corporation report stated.\n")
        #expect(briefing.quotes.map(\.speaker) == ["Acme Corporation"])
    }

    @Test func anAppositiveBetweenNameAndVerbKeepsTheSpeaker() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-10-01\n---\nThe states sued.\n\n“It’s a reach into the state’s own business,” Ada Brook, the attorney general of Oklahoma, said on Monday.\n\nRufus Vale, the campaign’s press secretary, noted: “The choice was plain.”\n")
        #expect(briefing.quotes.map(\.speaker) == ["Ada Brook", "Rufus Vale"])
    }

    @Test func aPronounFollowsThePersonNamedAfterTheLastQuote() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-09-10\n---\n“We condemn the launch,” France said.\n\nSecretary General Rufus Vale condemned what he called a reckless breach.\n\n“I trust the Security Council to stand together,” he told reporters.\n")
        #expect(briefing.quotes.map(\.speaker) == ["France", "Rufus Vale"])
    }

    /// "Rev." and "Del." are titles, kept apart from the name by the tokenizer; neither is a speaker.
    @Test func anAbbreviatedTitleBeforeTheNameIsNotTheSpeaker() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-09-20\n---\nThe city met.\n\n“The town will not be the same again,” said the Rev. Amos Reed, of Elm Street Baptist Church.\n\n“This is time thrown away,” said Del. Nora Vance of the Virgin Islands.\n")
        #expect(briefing.quotes.map(\.speaker) == ["Amos Reed", "Nora Vance"])
        #expect(!briefing.actors.contains { ["Rev", "Del"].contains($0.name) })
    }

    /// A show's or a headline's words in capitals are no one's name, and "she" does not go to them.
    @Test func ordinaryWordsInCapitalsAreNotAPerson() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 2016-09-20\n---\nOn Tuesday’s episode of “The Sunrise Morning Show,” Ada Brook spoke about the storm.\n\n“This is hard to bear,” she said.\n")
        #expect(!briefing.actors.contains { $0.name.contains("Morning Show") && $0.kind == .person })
        #expect(briefing.quotes.map(\.speaker) == ["Ada Brook"])
    }

    @Test func weekdaysReadAsTheNearerDay() throws {
        // 2016-02-08 is a Monday: wire copy dated Monday says "Tuesday" for the next day.
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-02-08\n---\nThe minister headed Tuesday to Geneva. Talks ended on Friday.\n")
        #expect(briefing.dates.map(\.value) == ["2016-02-09", "2016-02-05"])
    }

    /// The report's tense decides a weekday, not the tense inside the quotation it reports; plans look ahead.
    @Test func weekdaysFollowTheReportNotTheQuotation() throws {
        // 2000-01-07 is a Friday.
        let body = "Exiles will now \"proceed with all their resources\" against the ruling, Cuba predicted Wednesday. Relatives were planning to drive around the airport on Monday."
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2000-01-07\n---\n" + body)
        #expect(briefing.dates.filter { $0.value.hasPrefix("2000") }.map(\.value) == ["2000-01-05", "2000-01-10"])
    }

    @Test func namedDaysNeedTheirWholeName() throws {
        let body = "Bobby Valentine left. Tourists flew to Easter Island. Chinese New Year came. \"We will meet on Monday,\" she said. Troops landed on Christmas Day 1914 and again last Christmas. Some 1000s of people came until 1800 GMT."
        let dates = try Fixture.briefing("---\ntitle: T\ndate: 2016-02-10\n---\n" + body).dates
        // 2016-02-10 is a Wednesday; the quotation looks ahead by its own tense.
        #expect(dates.map(\.value) == ["2016-02-15", "1914-12-25", "2015-12-25"])
        // An article dated by its month alone counts from the month's start.
        #expect(try Fixture.briefing("---\ntitle: T\ndate: 2016-02\n---\nSales fell after last Christmas.").dates.map(\.value) == ["2015-12-25"])
    }

    @Test func aYearAgoInAResultsReportIsTheQuarterAYearBefore() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 1989-10-20\n---\nProfit in the third quarter rose to $5 million from $3 million a year earlier, the company said.\n")
        #expect(briefing.dates.map(\.value) == ["1989-Q3", "1988-Q3"])
    }

    @Test func extractionIsDeterministic() throws {
        let a = try Fixture.seedBriefing()
        let b = try Fixture.seedBriefing()
        #expect(a == b)
        #expect(a.contractJSON() == b.contractJSON())
    }

    /// Letters, figures and acronyms for things are no actors: "a new PC", "the 1715GMT deadline",
    /// "MPs"; organizations written in capitals stay, and so do names that start with a figure.
    @Test func thingsAndFiguresAreNoActors() throws {
        let body = "Brightwell Media said sales of its PC and DVD players rose. MPs and the BBC watched the 1715GMT deadline, and IBM agreed.\n"
        let actors = try Fixture.briefing("---\ntitle: Sales\ndate: 2005-02-01\n---\n" + body).actors.map(\.name)
        for thing in ["PC", "DVD", "MPs", "1715GMT"] { #expect(!actors.contains(thing), "\(thing): \(actors)") }
        for organization in ["Brightwell Media", "BBC", "IBM"] { #expect(actors.contains(organization), "\(organization): \(actors)") }
        for form in ["SUVs", "4.2m euros", "3.35m Euros", "10.15am", "Q", "Co", "Co Inc"] { #expect(ActorTable.namesNoActor(form), "\(form)") }
        for form in ["BBC", "G8", "3M", "7-Eleven", "20th Century Vale", "Brightwell Media", "Marlow & Co"] { #expect(!ActorTable.namesNoActor(form), "\(form)") }
    }
}
