extension Lexicon {
    /// Common given names across the languages news reports on. A capitalized word after one is a surname.
    static let givenNames: Set<String> = Set(
        """
        aaron adam adrian ahmed alan albert alex alexander alexandra alexei alfred ali alice alison amanda amy
        ana andrea andreas andrew andrei andrzej angela angelina ann anna anne anthony antonio arnold arthur
        barack barbara ben benjamin bernard bill bob boris brad brian bruce carl carlos carol caroline catherine
        charles charlotte chris christian christina christine christopher claire colin craig daniel david dennis
        diana dmitry donald doug douglas ed edward elena elizabeth emily emma emmanuel eric erik eva francois
        frank fred frederick gary george georgy gerald gordon graham greg gregory hans harold harry hassan heather
        helen henry hillary hugh ian igor ivan jack jacob james jan jane janet jason jean jeff jeffrey jennifer
        jens jeremy jerry jessica jim joan joe johann john jonathan jose joseph joshua juan julia julian justin
        karen karl kate katherine keith kelly ken kenneth kevin kim kofi larry laura lawrence lee leonid linda lisa louis
        lucy luis lynn maria marie mario mark martin mary matthew maurice michael michel michelle miguel mike mitch
        mikhail mohammed mohammad muhammad nancy natalia natalie neil nicholas nick nicola nicolas nikolai noah
        oleg olga oliver omar pablo patricia patrick paul pavel pedro peter philip philippe pierre rachel ralph
        raymond rebecca richard robert roberto robin roger ronald rose ruth ryan sam samuel sandra sarah scott
        sean sergei sergey simon sophie staffan stephen steve steven susan tatiana teresa theresa thomas tim
        timothy tom tony valentina valery vasily victor viktor vladimir walter wang william xi yuri yukio yusuf
        federica ban kim recep benjamin hamid bashar hosni muammar saddam nouri haider angela francois jacques
        nicolas emmanuel theresa boris justin stephen jean-claude jean-yves donald hillary vladimir dmitri dmitry
        sergei sergey ahmad abdullah abdel abu hussein salman mahmoud fatima aisha leila yasmin mustafa khalid
        tariq hamza ibrahim yitzhak shimon ehud ariel benny naftali tzipi avigdor moshe li zhang liu chen yang
        hu jiang deng mao shinzo junichiro taro naoto yoshihiko narendra manmohan rahul sonia indira imran
        nawaz benazir pervez jacob cyril thabo nelson robert olusegun goodluck uhuru paul kagame jair luiz dilma
        evo hugo nicolas fidel raul juan felipe mariano pedro giuseppe silvio matteo mario romano enrico
        helmut gerhard olaf frank-walter wolfgang ursula annegret jeremy gordon tony david nick ed keir rishi liz
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )
}
