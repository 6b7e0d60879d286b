import Testing

@testable import BriefingKit

/// Dates written as modifiers of a noun, and the comparisons of a results report, on small articles
/// written for the tests.
@Suite struct DateFinderTests {
    func dates(_ body: String, date: String) throws -> [String] {
        try Fixture.briefing("---\ntitle: T\ndate: \(date)\n---\n" + body).dates.map { "\($0.text)=\($0.value)" }
    }

    /// "the firm's 1987 accounts", "her 1988 Brightwell sales estimate", "the November robbery": a year or
    /// a capitalized month after a determiner or a possessive dates the noun after it; "the august
    /// committee" is no month.
    @Test func aYearOrMonthModifyingANounIsADate() throws {
        let body = "Shareholders will see the loss in the firm's 1987 accounts. Ms. Lowe raised her 1988 Brightwell sales estimate. Police reopened the November robbery case. Members of the august committee met."
        #expect(try dates(body, date: "1988-03-01") == ["1987=1987", "1988=1988", "November=1987-11"])
    }

    /// Quarters and months written as one word with a dash or a letter: "third-quarter", "Q3",
    /// "mid-November"; and "the weekend" before the article.
    @Test func periodsWrittenAsOneWord() throws {
        let body = "Third-quarter profit rose, and Q3 sales fell. The fourth-quarter results come later. Talks resumed in mid-November and over the weekend."
        #expect(try dates(body, date: "1989-10-30") == [
            "Third-quarter=1989-Q3", "Q3=1989-Q3", "fourth-quarter=1989-Q4", "in mid-November=1989-11", "the weekend=1989-W43-WE",
        ])
    }

    /// "the day before yesterday" is two days back, "the day after tomorrow" two days ahead.
    @Test func theDayBeforeYesterdayAndAfterTomorrow() throws {
        let body = "The report came out the day before yesterday. The vote is the day after tomorrow. It rained yesterday."
        #expect(try dates(body, date: "2016-02-10") == ["the day before yesterday=2016-02-08", "the day after tomorrow=2016-02-12", "yesterday=2016-02-09"])
    }

    /// An abbreviated month's full stop is part of the date; a full month name's ends the sentence.
    @Test func aFullMonthNamesFullStopEndsTheSentence() throws {
        let body = "The plant shut on the 3rd of March. Work stopped in March. 25 people lost their jobs. It will reopen on Aug. 7."
        #expect(try dates(body, date: "2016-02-10") == ["3rd of March=2016-03-03", "in March=2016-03", "on Aug. 7=2016-08-07"])
    }

    /// "Valentine's Day", "New Year's Eve": the possessive split from a named day's word is part of its
    /// name; "Valentine's" before another word is a person's.
    @Test func namedDaysKeepTheirPossessive() throws {
        let body = "They met on Valentine's Day and on Valentines Day. The party ran from New Year's Eve to New Year's Day. Bobby Valentine's team lost."
        #expect(try dates(body, date: "1989-10-30") == [
            "on Valentine's Day=1990-02-14", "on Valentines Day=1990-02-14", "from New Year's Eve=1989-12-31", "New Year's Day=1990-01-01",
        ])
    }

    /// "in both 1986 and 1987": each year of a pair is one; counts before a noun are not, after a
    /// possessive or in a pair either.
    @Test func yearsJoinedByAndAreDatesAndCountsAreNot() throws {
        let body = "Profits fell in both 1986 and 1987. The plant hired 1986 engineers. Brightwell's 2000 workers walked out, and 1900 or 2000 people marched."
        #expect(try dates(body, date: "1988-03-01") == ["1986=1986", "1987=1987"])
    }

    /// A results report compares with "a year-earlier profit", "the year-ago quarter" and "the year-ago
    /// second quarter": each is the reported quarter's date, a year back; "the latest period" is the latest
    /// quarter, and "the latest period of calm" is none.
    @Test func yearAgoComparisonsAreTheQuarterAYearBack() throws {
        let body = "Brightwell lost $3 million in the second quarter, against a year-earlier profit of $1 million. Margins were thinner than in the year-ago quarter, and lower than in the year-ago second quarter."
        #expect(try dates(body, date: "1988-08-15") == ["second quarter=1988-Q2", "year-earlier=1987-Q2", "year-ago quarter=1987-Q2", "year-ago second quarter=1987-Q2"])
        #expect(try dates("Revenue in the latest period grew 4%. It ended the latest period of calm.", date: "1988-08-15") == ["latest period=1988-Q2"])
    }

    /// Decades and centuries in words take TimeML's reduced precision; years spelled out as spoken are
    /// years; "in her forties" is an age.
    @Test func decadesCenturiesAndSpokenYears() throws {
        let body = "Prices rose through the nineties and again in the mid-1980s. In the 20th century the port grew, and this century it shrank. The plan runs to the year two thousand. In nineteen ninety-six the mayor left. She was in her forties."
        #expect(try dates(body, date: "1998-03-03") == [
            "through the nineties=199", "mid-1980s=198", "In the 20th century=19", "this century=19", "the year two thousand=2000",
            "In nineteen ninety-six=1996",
        ])
        // Written in 2016, "the nineties" are still the 1990s, and "this century" is the 21st.
        #expect(try dates("Sales peaked in the nineties and have fallen this century.", date: "2016-05-01") == ["in the nineties=199", "this century=20"])
    }

    /// "in the past" before a clause is the vague past, "in the past year" a period; "the near future" is
    /// the vague future; "year-end" is the year's last day, the one before when counted from.
    @Test func thePastTheNearFutureAndYearEnd() throws {
        let body = "Commanders have indicated in the past that they could deploy. It will list shares in the near future. The deal closes by year-end. The index has risen since year-end."
        #expect(try dates(body, date: "1989-10-30") == ["in the past=PAST_REF", "in the near future=FUTURE_REF", "by year-end=1989-12-31", "since year-end=1988-12-31"])
        #expect(try dates("Prices rose in the past year.", date: "1989-10-30").allSatisfy { !$0.hasSuffix("PAST_REF") })
    }

    /// "For the year", "later in the day", "for the week": the article's own period, named as the one a
    /// report covers; "the year before" and "the day after" are not.
    @Test func thePeriodAReportCoversIsTheArticlesOwn() throws {
        let body = "For the year, volume was flat. Revenue fell in the first nine months of the year. For the week, the index dropped. Later in the day the president arrived. The year before, sales rose, and the day after they fell."
        #expect(try dates(body, date: "1989-10-30") == ["the year=1989", "of the year=1989", "the week=1989-W44", "in the day=1989-10-30"])
    }

    /// The vague future and past of plans and trends, a season "this past", the end of the month, a year
    /// with "mid-" or "post-", and a century without "the".
    @Test func vagueSpansSeasonsAndPartsOfYears() throws {
        let body = "Sales will rise in the coming months and in the near term. Over the last few months prices fell. This past spring was wet. By the end of the month it closes. In mid-1996 the firm moved. An 11th century church stands."
        #expect(try dates(body, date: "1989-10-30") == [
            "coming months=FUTURE_REF", "in the near term=FUTURE_REF", "the last few months=PAST_REF", "This past spring=1989-SP",
            "By the end of the month=1989-10", "In mid-1996=1996", "11th century=10",
        ])
        // "a few" without "the last" is a count, not a time.
        #expect(try dates("A few months of work remain.", date: "1989-10-30").isEmpty)
    }

    /// The part of a period stays in the date's text: "by the end of the year", not "of the year".
    @Test func thePartOfAPeriodIsInTheText() throws {
        let body = "Officials will decide by the end of the year. Sales fell at the end of 2013. Hiring picked up since the start of June."
        #expect(try dates(body, date: "2014-10-15") == ["by the end of the year=2014", "at the end of 2013=2013", "since the start of June=2014-06"])
    }

    /// A half of a year, with the year written after it or not; a half of a match is no date.
    @Test func halvesOfTheYearButNotOfTheMatch() throws {
        let body = "Profits rose in the first half of the year. Sales fell in the second half of last year. Costs rose in the first half."
        #expect(try dates(body, date: "2018-06-19") == ["first half of the year=2018-H1", "second half of last year=2017-H2", "first half=2018-H1"])
        let match = "Neither side scored in the first half. In the second half, Ada Brook was booked for a foul."
        #expect(try dates(match, date: "2018-06-19").isEmpty)
    }

    /// "by year end" in two words, as "year-end" in one; counts spelled out beyond twelve before "ago".
    @Test func yearEndInTwoWordsAndLongerSpelledCounts() throws {
        let body = "The backlog must be cleared by year end. Seventeen years ago the plan failed. Twenty years ago it rained."
        #expect(try dates(body, date: "2023-02-23") == ["by year end=2023-12-31", "Seventeen years ago=2006", "Twenty years ago=2003"])
    }

    /// "is to be held", "are to meet": an arrangement ahead, so a month after the article's is this year's.
    @Test func anArrangementIsAhead() throws {
        let body = "The referendum is to be held from November 20 to December 11."
        #expect(try dates(body, date: "2015-05-07") == ["from November 20=2015-11-20", "December 11=2015-12-11"])
    }

    /// A number before "year old" is an age, and a holiday or a weekday inside a longer name is the name's.
    @Test func agesAndNamesAreNotDates() throws {
        let body = "The festival keeps a 2000 year old tradition. She launched a novel with illustrator Maria Christmas. The cover is by Jonnie Christmas, who drew it. Critics loved the film Born on the Fourth of July. We met at Christmas."
        #expect(try dates(body, date: "2016-10-10") == ["at Christmas=2016-12-25"])
    }

    /// The first day of a range takes the month and year written after the last: "from 3 to 5 March",
    /// "3 and 4 May 2015", "10-12 June"; a score or a range of amounts is no date.
    @Test func theFirstDayOfARange() throws {
        let body = "The talks ran from 3 to 5 March. They met on 3 and 4 May 2015. The fair ran 10-12 June 2014. Prices fell 3 to 5 percent. He won 3 to 1 on Friday."
        #expect(try dates(body, date: "2016-02-10") == [
            "from 3=2016-03-03", "5 March=2016-03-05", "on 3=2015-05-03", "4 May 2015=2015-05-04", "10-12 June 2014=2014-06-10", "on Friday=2016-02-05",
        ])
    }

    /// "The summit is in early December", "the vote is on Friday": a present "is" before the date's
    /// preposition speaks of what is planned; "was in December" is the past.
    @Test func aPresentIsBeforeTheDateLooksAhead() throws {
        let body = "The summit is in early December. The vote is on Friday. The vote was in December."
        #expect(try dates(body, date: "2016-02-10") == ["in early December=2016-12", "on Friday=2016-02-12", "in December=2015-12"])
    }
}

