import Testing

@testable import BriefingKit

@Suite struct QuoteSpanTests {
    func spans(_ text: String) -> [String] {
        let paragraph = ParagraphText(Paragraph(index: 0, text: text))
        return paragraph.quotes.map { span in
            span.inner.isEmpty ? "" : paragraph.text(from: span.inner.lowerBound, through: span.inner.upperBound - 1)
        }
    }

    @Test func nestedCurlyQuotesStayInsideTheOuterQuote() {
        let text = "He proposed “to clarify where the positions of the “Islamic state” are” yesterday."
        #expect(spans(text) == ["to clarify where the positions of the “Islamic state” are"])
    }

    @Test func straightQuotesAreReadFromTheirSpacing() {
        #expect(spans(#"He said "we will win" and "we will stay" today."#) == ["we will win", "we will stay"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(spans("The players’ union said tomorrow’s game can’t go ahead.").isEmpty)
        #expect(spans("It's the players' turn, isn't it?").isEmpty)
    }

    @Test func singleQuotesNestInsideDoubleQuotes() {
        #expect(spans(#""They called it 'a disaster' on air," she said."#) == ["They called it 'a disaster' on air,"])
    }

    @Test func anUnclosedQuoteRunsToTheEndOfTheParagraph() {
        // BBC style: a quote continued in the next paragraph leaves this one open.
        #expect(spans(#"He added: "We will be back before Christmas."#) == ["We will be back before Christmas."])
    }

    @Test func guillemetsAndLowNineQuotes() {
        #expect(spans("Il a dit « nous partons demain » hier.") == ["nous partons demain"])
        #expect(spans("Er sagte „wir kommen morgen“ gestern.") == ["wir kommen morgen"])
    }
}
