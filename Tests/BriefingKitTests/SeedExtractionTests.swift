import Testing

@testable import BriefingKit

/// The default content: a machine-translated agency article full of the mess real input has.
@Suite struct SeedExtractionTests {
    @Test func metadataComesFromFrontMatterAndDateline() throws {
        let briefing = try Fixture.seedBriefing()
        #expect(briefing.article.title == "Zakharova: USA shying away from the coordination of action with Russia on Syria")
        #expect(briefing.article.date?.iso == "2016-02-10")
        #expect(briefing.article.place == "Moscow")
    }

    @Test func debrisAndTheRepeatedTitleAreNotArticleText() throws {
        let texts = try Fixture.seedBriefing().article.paragraphs.map(\.text)
        #expect(!texts.contains { $0.hasPrefix("Zakharova: USA shying") })
        for debris in ["SPECIAL project", "From Russia with support", "See also", "The Syrian conflict and the main stages"] {
            #expect(!texts.contains { $0.hasPrefix(debris) }, "\(debris) is web debris")
        }
        #expect(texts.first?.hasPrefix("Statements by U.S. Secretary of state John Kerry") == true)
    }

    @Test func everyQuoteIsZakharovas() throws {
        let quotes = try Fixture.seedBriefing().quotes
        #expect(quotes.count >= 15)
        for quote in quotes {
            #expect(quote.speaker == "Maria Zakharova", "\(quote.text)")
        }
    }

    @Test func attributionsInsideTheMarksAreCutOut() throws {
        let quotes = try Fixture.seedBriefing().quotes
        let emphasized = try #require(quotes.first { $0.text.hasPrefix("To make such irresponsible statements") })
        #expect(emphasized.cue == "emphasized")
        #expect(!emphasized.text.contains("she emphasized"))
        #expect(emphasized.text.contains("As always, any data"))
        for quote in quotes {
            for attribution in ["said the diplomat", "she added", "she said", "continued Zakharova", "said Zakharov"] {
                #expect(!quote.text.contains(attribution), "\(attribution) left in \(quote.text)")
            }
        }
    }

    @Test func scareQuotesAreNotQuotes() throws {
        let quotes = try Fixture.seedBriefing().quotes
        #expect(!quotes.contains { $0.text == "Islamic state" })
        // The nested scare quote stays inside the quotation that holds it.
        #expect(quotes.contains { $0.text.contains("positions of the “Islamic state”") })
    }

    @Test func datesAreResolvedAgainstTheArticleDate() throws {
        let briefing = try Fixture.seedBriefing()
        let values = Dictionary(briefing.dates.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["on 11 February"] == "2016-02-11")
        #expect(values["until February 25"] == "2016-02-25")
        #expect(values["tomorrow"] == "2016-02-11")
        #expect(values["on 12 February"] == "2016-02-12")
        #expect(values["on 15 October 2006"] == "2006-10-15")
        #expect(values["29 December 2014"] == "2014-12-29")
        // "resolution 2254" and "15 percent" are not dates.
        #expect(!briefing.dates.contains { $0.text.contains("2254") || $0.text.contains("15 percent") })
        let timeline = briefing.timeline.map(\.date)
        #expect(timeline == timeline.sorted { PartialDate(iso: $0)! < PartialDate(iso: $1)! })
        #expect(timeline.first == "2006-10-15")
    }

    @Test func actorsAreMergedWithTheirRoles() throws {
        let actors = try Fixture.seedBriefing().actors
        func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }
        let zakharova = try #require(actor("Maria Zakharova"))
        #expect(zakharova.kind == .person)
        #expect(zakharova.role == "official representative of the Russian foreign Ministry")
        #expect(zakharova.aliases.contains("Zakharova"))
        #expect(zakharova.aliases.contains("Zakharov"))
        #expect(zakharova.aliases.contains("the diplomat"))
        #expect(actors.first == zakharova, "the most mentioned actor comes first")
        #expect(actor("John Kerry")?.role == "U.S. Secretary of state")
        #expect(actor("Staffan de Mistura")?.role == "United Nations special envoy on Syria")
        #expect(actor("Jens Stoltenberg")?.role == "NATO Secretary General")
        #expect(actor("Yukio Amano")?.role == "IAEA Director General")
        #expect(actor("United States")?.kind == .place)
        let usAliases = Set(actor("United States")?.aliases ?? [])
        #expect(usAliases.isSuperset(of: ["U.S.", "USA"]))
        #expect(actor("International Atomic Energy Agency")?.aliases == ["IAEA"])
        #expect(actor("International support group Syria")?.aliases.contains("MGPS") == true)
        #expect(actor("Munich")?.kind == .place)
        // One entry per actor: no surname or misspelling left on its own.
        #expect(actor("Zakharova") == nil && actor("Zakharov") == nil)
    }

    @Test func summaryIsWholeSentencesInArticleOrder() throws {
        let briefing = try Fixture.seedBriefing()
        #expect((2...4).contains(briefing.summary.count))
        let body = briefing.article.paragraphs.map(\.text).joined(separator: "\n")
        var last = body.startIndex
        for sentence in briefing.summary {
            let range = try #require(body.range(of: sentence, range: last..<body.endIndex), "\(sentence) is article text, in order")
            last = range.upperBound
            #expect(sentence.last.map { ".!?”\"".contains($0) } == true)
        }
    }
}
