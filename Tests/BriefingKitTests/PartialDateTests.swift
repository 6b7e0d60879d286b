import Testing

@testable import BriefingKit

@Suite struct PartialDateTests {
    @Test(arguments: ["2016", "2016-02", "2016-02-11", "2016-W06", "--02-11", "2016-02-29"])
    func isoRoundTrips(_ text: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.iso == text)
    }

    @Test(arguments: ["2015-02-29", "2016-13-01", "2016-00-10", "yesterday", "16-02-10", "2016-W60", "", "2016-2-1", "2016-13", "2016-02-3x", "2016/02/11", "201a", "2016-02-1"])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func ordersByWhatIsKnown() throws {
        let dates = ["2016-02-11", "2006-10-15", "2016", "2016-02", "2014-12-29"].compactMap(PartialDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2006-10-15", "2014-12-29", "2016", "2016-02", "2016-02-11"])
    }

    @Test func civilCalendarArithmetic() {
        let day = CivilCalendar.dayNumber(year: 2016, month: 2, day: 10)
        #expect(CivilCalendar.weekday(dayNumber: day) == 2)  // a Wednesday
        #expect(CivilCalendar.civil(fromDayNumber: day + 20) == (2016, 3, 1))
        #expect(CivilCalendar.isoWeek(dayNumber: day) == (2016, 6))
        #expect(CivilCalendar.isoWeek(dayNumber: CivilCalendar.dayNumber(year: 2021, month: 1, day: 1)) == (2020, 53))
    }
}
