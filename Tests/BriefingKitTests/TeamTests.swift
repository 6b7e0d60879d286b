import Testing

@testable import BriefingKit

/// Results tables name clubs by their cities: there the city's name is the team, an actor of its own
/// beside the city the same article may name.
@Suite struct TeamTests {
    @Test func aCityInAResultsTableIsATeamBesideTheCity() throws {
        let body = """
            TORVIK 1996-08-30

            Standings after Thursday's games.

            EASTERN DIVISION W L PCT GB ATLANTA 83 49 .629 - MONTREAL 71 61 .538 12 FLORIDA 63 70 .474 20 1/2 NEW YORK 59 74 .444 24 1/2 PHILADELPHIA 54 79 .406 29 1/2

            The mayor of Montreal praised the city's new stadium.
            """
        let actors = try Fixture.briefing("---\ntitle: BASEBALL - STANDINGS\ndate: 1996-08-30\n---\n" + body).actors
        let kinds = Dictionary(grouping: actors, by: \.name).mapValues { Set($0.map(\.kind)) }
        // Montreal is a team in the table and a city in the last paragraph; Philadelphia only a team.
        #expect(kinds["Montreal"] == [.organization, .place])
        #expect(kinds["Philadelphia"] == [.organization])
    }
}
