import Foundation
import Testing

@testable import BriefingKit

/// The hand-written one-line JSON must be what JSONEncoder writes, byte for byte.
@Suite struct ContractWriterTests {
    static let awkward = [
        "plain", "", "quote \" and backslash \\ and slash /", "line\nbreak\r\ttab", "\u{08}\u{0C}\u{00}\u{01}\u{1F}\u{7F}",
        "<script>alert('x')</script> & more", "Захарова «цитата»", "emoji 👩‍👩‍👧 and e\u{301}", "\u{2028}\u{2029}", "中文标题",
    ]

    @Test func agreesWithJSONEncoderOnAwkwardText() {
        for (i, text) in Self.awkward.enumerated() {
            let article = Article(
                source: "content/\(text).txt", slug: "s\(i)", title: text, date: i % 2 == 0 ? PartialDate(iso: "2016-02") : nil,
                place: i % 3 == 0 ? nil : text, outlet: text, url: i % 2 == 0 ? nil : "https://example.org/\(text)", tags: [text, "x"],
                paragraphs: [])
            let briefing = Briefing(
                article: article, summary: [text, text + "."],
                quotes: [Quote(text: text, speaker: i % 2 == 0 ? nil : text, cue: "said", paragraph: i)],
                dates: [DateMention(text: text, value: "2016-W07", paragraph: 0)],
                timeline: [TimelineEntry(date: "2016-02-11", event: text, paragraph: 3)],
                actors: [Actor(name: text, kind: .person, role: i % 2 == 0 ? nil : text, aliases: [text], mentions: i, paragraph: i % 2 == 0 ? nil : 1)])
            #expect(briefing.contractJSON() == briefing.encodedJSON(pretty: false), "text \(i)")
            #expect(briefing.contractJSON(pretty: true) == briefing.encodedJSON(pretty: true), "text \(i)")
        }
    }

    @Test func agreesWithJSONEncoderOnTheSeed() throws {
        let briefing = try Fixture.seedBriefing()
        #expect(briefing.contractJSON() == briefing.encodedJSON(pretty: false))
        #expect(briefing.contractJSON(pretty: true) == briefing.encodedJSON(pretty: true))
        #expect(!briefing.contractJSON().contains("\n"))
        // Empty lists and an article with nothing found.
        let empty = Briefing(article: Article(source: "a.txt", slug: "a", title: "", paragraphs: []), summary: [], quotes: [], dates: [], timeline: [], actors: [])
        #expect(empty.contractJSON(pretty: true) == empty.encodedJSON(pretty: true))
    }

    /// The search index's items, written by hand, are what JSONSerialization writes, made HTML-safe.
    @Test func stringArraysAgreeWithJSONSerialization() throws {
        for item in [Self.awkward, [], [""], ["a", "b"]] {
            let data = try JSONSerialization.data(withJSONObject: item, options: [.withoutEscapingSlashes])
            #expect(ContractWriter.stringArray(item) == Briefing.htmlSafe(String(decoding: data, as: UTF8.self)))
        }
    }
}
