import Testing

@testable import BriefingKit

/// Firms' names the tagger cuts in pieces: joined by an ampersand, or opened by a place.
@Suite struct FirmNameTests {
    @Test func namesJoinedByAnAmpersandAreOneFirm() throws {
        let body = "Kester & Vale shares rise on merger.\n\n\"The deal levels the field,\" said Ann Cole of Torvik Brightwell & Co. \"It should help,\" said Omar Reyes, analyst at A.B. Harbour & Sons. Paul Vale of Edward D. Marrow & Co said the shares rose."
        let actors = try Fixture.briefing("---\ntitle: T\ndate: 1996-08-30\n---\n" + body).actors
        let firms = Set(actors.filter { $0.kind == .organization }.map(\.name))
        #expect(firms == ["Kester & Vale", "Torvik Brightwell & Co", "A.B. Harbour & Sons", "Edward D. Marrow & Co"])
        #expect(!actors.contains { $0.name == "Edward D. Marrow" })
    }

    /// "R&B" and "Q&A" are no firms, and places joined are places.
    @Test func abbreviationsAndJoinedPlacesAreNoFirms() throws {
        var labels: [NERModel.Label] = [.beginMisc, .insideMisc, .insideMisc, .outside, .beginPlace, .outside, .beginPlace, .outside]
        let tokens = Tokenizer("R & B fans in Serbia & Montenegro .").tokenize()
        let before = labels
        ActorFinder.joinAmpersandFirms(&labels, tokens: tokens, sentence: 0..<tokens.count)
        #expect(labels == before)
    }

    /// "New York Mercantile Exchange": a place the tagger ends where an exchange begins opens its name;
    /// a place before an organization that ends in no head word stays a place.
    @Test func aPlaceOpeningAnOrganizationsNameIsPartOfIt() throws {
        let tokens = Tokenizer("on the Torvik Cotton Exchange and Torvik Harbour").tokenize()
        var labels: [NERModel.Label] = [.outside, .outside, .beginPlace, .beginOrganization, .insideOrganization, .outside, .beginPlace, .beginOrganization]
        ActorFinder.joinPlaceIntoOrganization(&labels, tokens: tokens, sentence: 0..<tokens.count)
        #expect(labels == [.outside, .outside, .beginOrganization, .insideOrganization, .insideOrganization, .outside, .beginPlace, .beginOrganization])
    }
}
