import Testing

@testable import BriefingKit

/// People's names the tagger cuts in pieces.
@Suite struct PersonNameTests {
    /// "Lawrence B. Cummings": a given name, initials and a surname are a person's name, whatever the
    /// tagger made of them; no given name ("Group B. Marsh"), a longer run ("John F. Kennedy Airport")
    /// or an ordinary word after the initials ("Arthur D. Little") is left alone.
    @Test func aGivenNameInitialsAndASurnameAreOnePerson() throws {
        func relabel(_ text: String, _ labels: [NERModel.Label]) -> [NERModel.Label] {
            let tokens = Tokenizer(text).tokenize()
            #expect(tokens.count == labels.count, "\(tokens.map(\.text))")
            var labels = labels
            ActorFinder.joinNamesAroundInitials(&labels, tokens: tokens, sentence: 0..<tokens.count)
            return labels
        }
        #expect(relabel("partner Lawrence B. Cummings , said", [.outside, .beginOrganization, .insideOrganization, .outside, .outside, .outside])
            == [.outside, .beginPerson, .insidePerson, .insidePerson, .outside, .outside])
        #expect(relabel("Paul J. R. Vale said", [.beginPerson, .insidePerson, .beginPerson, .insidePerson, .outside])
            == [.beginPerson, .insidePerson, .insidePerson, .insidePerson, .outside])
        // The tagger's span went on past the surname: what is left of it is a name of its own.
        #expect(relabel("Anna B. Vale chairman", [.beginOrganization, .insideOrganization, .insideOrganization, .insideOrganization])
            == [.beginPerson, .insidePerson, .insidePerson, .beginOrganization])
        for (text, labels) in [
            ("Group B. Marsh won", [NERModel.Label.beginOrganization, .insideOrganization, .beginPerson, .outside]),
            ("John F. Kennedy Airport", [.beginPlace, .insidePlace, .insidePlace, .insidePlace]),
            ("Arthur D. Little consultancy", [.beginOrganization, .insideOrganization, .insideOrganization, .outside]),
        ] {
            #expect(relabel(text, labels) == labels, "\(text)")
        }
    }

    /// The whole name is the speaker, and no piece of it is an actor of its own.
    @Test func aNameWithAMiddleInitialIsOnePerson() throws {
        let body = "His former partner at Vale Homes, Lawrence B. Marsh, called him a master at deals. “He put together deals that other people could not,” Marsh said.\n"
        let briefing = try Fixture.briefing("---\ntitle: T\ndate: 2016-09-20\n---\n" + body)
        #expect(briefing.quotes.map(\.speaker) == ["Lawrence B. Marsh"])
        let people = briefing.actors.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Lawrence B. Marsh"], "\(people)")
    }

    /// Wire copy's bare weekday after a name of two words or more is the date, not part of the name;
    /// after one word or a given name it is the name's own ("Sheffield Wednesday", "Tom Friday").
    @Test func aWeekdayAfterANameIsTheDate() throws {
        let briefing = try Fixture.briefing(
            "---\ntitle: T\ndate: 1998-08-08\n---\nPresident Ada Brookfield Saturday vowed to find those responsible. A service planned at the University of Leeds for Saturday was cancelled. Coach Tom Friday said the side would recover.")
        let names = briefing.actors.map(\.name)
        #expect(names.contains("Ada Brookfield"), "\(names)")
        #expect(names.contains("University of Leeds"), "\(names)")
        #expect(names.contains("Tom Friday"), "\(names)")
        #expect(!names.contains { $0.hasSuffix("Saturday") }, "\(names)")
        #expect(briefing.dates.map(\.text).filter { $0.contains("Saturday") }.count == 2)
    }

    /// "Comedian Rufus Brand, 74,": an age after a name the tagger took for something else makes it a
    /// person's, even when its words are ordinary ones and its given name is rare.
    @Test func anAgeAfterANameMakesItAPersons() {
        let tokens = Tokenizer("Comedian Rufus Brand , 74 , said").tokenize()
        var relabelled: [NERModel.Label] = [.beginMisc, .insideMisc, .insideMisc, .outside, .outside, .outside, .outside]
        ActorFinder.relabelMiscPeople(&relabelled, tokens: tokens[0..<tokens.count])
        #expect(relabelled == [.outside, .beginPerson, .insidePerson, .outside, .outside, .outside, .outside])
        // Without the age, a span of ordinary words after a role stays as the tagger left it.
        let plain = Tokenizer("Comedian Rufus Brand said it").tokenize()
        var unchanged: [NERModel.Label] = [.beginMisc, .insideMisc, .insideMisc, .outside, .outside]
        ActorFinder.relabelMiscPeople(&unchanged, tokens: plain[0..<plain.count])
        #expect(unchanged == [.beginMisc, .insideMisc, .insideMisc, .outside, .outside])
    }

    /// "Joaquin del Olmo", "Santiago de Cuba": a lower-case particle between capitalized words keeps one
    /// name whole, however the tagger or a known place split it.
    @Test func aParticleKeepsANameWhole() throws {
        let body = "The goal came after a mistake by midfielder Tomas del Arbo. The novel is set in Santiago de Cuba. Coach Joost van Brakel agreed.\n"
        let names = try Fixture.briefing("---\ntitle: T\ndate: 1996-08-30\n---\n" + body).actors.map(\.name)
        #expect(names.contains("Tomas del Arbo"), "\(names)")
        #expect(names.contains("Santiago de Cuba"), "\(names)")
        #expect(names.contains("Joost van Brakel"), "\(names)")
        #expect(!names.contains("Santiago") && !names.contains("Arbo"), "\(names)")
    }

    /// "captain Will Carwood": a capitalized "Will" inside a sentence, before a surname, is a given name.
    @Test func willInsideASentenceIsAGivenName() throws {
        let body = "Former captain Will Carwood finished with 20 points. He will lead the side again.\n"
        let names = try Fixture.briefing("---\ntitle: T\ndate: 1996-08-30\n---\n" + body).actors.map(\.name)
        #expect(names.contains("Will Carwood"), "\(names)")
    }
}

