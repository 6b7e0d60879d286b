/// Word lists the extractor relies on. They describe English news prose in general, not any one corpus.
enum Lexicon {
    /// Words followed by a full stop that does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
        "adm", "maj", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig",
        "dept", "univ", "est", "cf", "al", "pres", "supt", "insp", "det", "cpl", "pvt", "gov", "atty", "sec", "del",
    ]

    /// Function and very common words: capitalized at a sentence start, they are not names.
    static let functionWords: Set<String> = Set(
        """
        a about above according across after afterwards again against ago ahead all almost along already also although
        always am among an and another any anyone anything are around as at back be because been before being below
        besides between beyond both but by can cannot could despite did do does doing done down during each either
        else enough even ever every everyone everything few first for from further had has have having he her here
        hers herself him himself his how however i if in indeed instead into is it its itself just last late later
        least less like many may maybe me meanwhile might more moreover most much must my myself near neither never
        nevertheless next no nobody none nor not nothing now of off often on once one only onto or other others
        otherwise our ours ourselves out over own perhaps please rather same several she should since so some
        someone something sometimes soon still such than that the their theirs them themselves then there therefore
        these they this those though through thus to today together tomorrow too toward towards under unless until
        up upon us very via was we well were what whatever when whenever where whereas wherever whether which while
        who whoever whom whose why will with within without would yet you your yours yourself yesterday tonight
        unfortunately fortunately finally firstly secondly thirdly additionally furthermore likewise similarly
        earlier recently currently previously initially eventually ultimately apparently clearly obviously
        especially particularly mainly mostly largely partly generally usually normally actually really certainly
        surely probably possibly still so-called meanwhile overall elsewhere altogether almost already
        yes oh ok okay let lets let's
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    static func isFunctionWord(_ lower: String) -> Bool { functionWords.contains(lower) }

    /// Common words that start sentences in news and are never names on their own.
    static let sentenceStarters: Set<String> = Set(
        """
        statements statement according asked speaking answering commenting responding following during after before
        planned continually besides while in at on this that these those the a an as it there here not so to during
        we they he she you i our their his her its my your what why how when where who which whose if since until
        despite although though because unlike like instead meanwhile moreover however nevertheless nonetheless
        but and or nor yet also still only even just then now today yesterday tomorrow last next earlier later
        many most some several few all both each every no none other another such one two three four five six
        seven eight nine ten more less much more police officials experts analysts critics residents witnesses
        sources reports report reporting reported authorities investigators prosecutors lawyers doctors
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Month names that are also ordinary words need a number or a year beside them to count as dates.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "sep", "dec", "oct", "nov", "aug"]

    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
}
