extension Lexicon {
    /// Titles that stand before a name and are not part of it: "Secretary General Jens Stoltenberg".
    static let titles: Set<String> = Set(
        """
        mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady king queen prince princess pope
        sheikh emir sultan president vice-president minister secretary general chancellor premier senator sen.
        rep. representative congressman congresswoman governor gov. mayor judge justice chief director ambassador
        envoy commander colonel col. captain capt. lieutenant lt. sergeant sgt. admiral gen. archbishop bishop
        cardinal rabbi imam father reverend rev. del. delegate deputy spokesman spokeswoman spokesperson chairman chairwoman
        chair ceo coach detective inspector superintendent constable officer councillor councilor mp mep
        foreign prime defence defense finance interior justice executive acting former late state
        commissioner attorney prosecutor leader head speaker rep sen gov gen lt sgt capt cmdr adm supt insp det
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// Head words that end an institution's or a programme's name and no one's: "the Lena Varga Show",
    /// "the Omar Reyes Foundation". Narrower than `organizationHeads`, which holds surnames such as Post.
    static let institutionHeads: Set<String> = [
        "show", "programme", "program", "podcast", "council", "committee", "ministry", "university", "institute", "foundation",
        "association", "corporation", "party", "agency", "commission", "department", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.",
    ]

    /// Words that describe a person right before the name and are not in `titles`: "DJ Ray Moss",
    /// "Baroness Hale", "Lib Dem Ann Lowe".
    static let personDescriptors: Set<String> = ["dj", "msp", "mla", "am", "baroness", "baron", "earl", "countess", "lib", "dem"]

    /// Acronyms that news writes for things, not for anyone who acts: "a new PC", "on TV", "his ID".
    static let commonAcronyms: Set<String> = Set(
        """
        pc tv dvd cd id dj hd hdtv gprs sms mms pvr drm usb rss os lcd led vcr vhs umd gsm gps awol obe mbe ipo gp
        mp mep msp suv pda atm pin gdp ceo cfo coo vat hiv aids dna mp3 ram cpu url faq diy ufo uv tb sim ivf
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// A party's members as they describe a politician before the name: "Democrat Ann Lowe".
    static let partyMembers: Set<String> = ["democrat", "republican", "tory", "socialist", "communist", "conservative", "liberal"]

    /// Nouns that make a phrase a role: "official representative of the Russian foreign Ministry".
    static let roleHeads: Set<String> = Set(
        """
        secretary minister president director envoy representative spokesman spokeswoman spokesperson chairman
        chairwoman chair chief head leader general ambassador commander governor mayor senator chancellor king
        queen prince ceo founder co-founder official diplomat executive editor professor judge lawyer analyst
        correspondent adviser advisor deputy coach manager captain candidate member mp premier prosecutor
        attorney economist author actor actress singer player striker commissioner inspector officer sheriff
        boss owner partner researcher scientist doctor spokesperson counterpart secretary-general president-elect
        vice-president congressman congresswoman councillor councilor superintendent detective constable
        administrator chairperson strategist campaigner activist organiser organizer pastor priest bishop
        archbishop imam rabbi emir sultan sheikh governor-general lieutenant colonel sergeant admiral
        negotiator mediator observer expert specialist consultant teacher student writer director-general
        producer presenter host journalist reporter columnist photographer comedian musician artist
        golfer boxer driver rider jockey runner sprinter swimmer cyclist skier footballer batsman bowler goalkeeper
        midfielder defender winger champion rival businessman businesswoman tycoon billionaire entrepreneur
        banker investor lawmaker legislator politician blogger novelist poet filmmaker film-maker designer chef
        dancer rapper singer-songwriter veteran widow
        fisherman farmer nurse surgeon physician dentist paramedic firefighter engineer architect accountant
        pilot soldier shopkeeper landlord pensioner resident historian curator lecturer headteacher headmaster
        principal vicar chaplain warden clerk trader broker mechanic pharmacist psychologist psychiatrist
        biologist physicist chemist epidemiologist harbourmaster
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// Head words of public bodies, which a title word may open ("State Department", "Foreign Ministry")
    /// and which name a body of their own after a known organization ("UN Security Council"). Narrower
    /// than `organizationHeads`, which also holds the heads of clubs, papers and firms.
    static let publicBodyHeads: Set<String> = [
        "ministry", "department", "office", "council", "committee", "agency", "commission", "bureau", "service", "authority",
        "board", "court", "assembly", "parliament", "senate", "congress", "cabinet", "government", "administration",
        "police", "army", "navy", "directorate", "secretariat", "party", "bank", "institute", "university", "tribunal",
    ]

    /// Head words of organization names.
    static let organizationHeads: Set<String> = Set(
        """
        ministry council committee trust group union agency organization organisation association bank corporation corp
        corp. inc inc. ltd ltd. plc company co. university college institute court parliament assembly senate
        congress army navy forces force police department office commission front movement network news times
        post club league fc party fund foundation service services centre center authority board bureau society
        church hospital school cabinet government administration alliance coalition federation council
        brigade brigades battalion airlines airways railways motors industries holdings group partners capital
        securities investments bank exchange institute laboratory labs team tribunal directorate secretariat
        ministry duma knesset kremlin pentagon daily journal herald tribune gazette telegraph guardian press
        reuters broadcasting television radio channel media studios records fc. united city rovers wanderers
        observer chronicle courier examiner inquirer economist bulletin communications pharmaceuticals
        technologies cables petroleum electronics bancorp bancshares chemicals telecom telecommunications
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// The legal form that ends a company's name: "Tarnford Medical Industries Inc", "Hale & Corrin Co".
    static let corporateDesignators: Set<String> = [
        "inc", "inc.", "corp", "corp.", "co", "co.", "cos", "cos.", "ltd", "ltd.", "plc", "llc", "l.l.c.", "gmbh", "s.a.", "n.v.",
        "bhd", "pty",
    ]

    /// Common nouns that put an organization's name beside them: "the official newspaper Harbour Lantern",
    /// "Vale Courier daily". Not "club" or "firm": "the club Ferguson managed" names a person.
    static let organizationNouns: Set<String> = [
        "newspaper", "daily", "weekly", "magazine", "agency", "carrier", "airline", "broadcaster", "insurer", "lender",
        "retailer", "publisher", "automaker", "carmaker", "conglomerate", "brokerage",
    ]

    /// Whether a lower-cased word heads an organization's or a place's name ("Council", "Valley"): no
    /// one's name and no one's surname.
    static func isHeadWord(_ word: String) -> Bool { organizationHeads.contains(word) || placeHeads.contains(word) }

    /// A title, a role or a word that describes a person before the name: "Minister", "spokesman", "DJ".
    static func isTitleOrRole(_ word: String) -> Bool { titles.contains(word) || roleHeads.contains(word) || personDescriptors.contains(word) }

    /// Head words of place names.
    static let placeHeads: Set<String> = Set(
        """
        city island islands river mountains mountain street road avenue square province region county valley
        bay sea ocean lake gulf coast peninsula district state airport port strait desert park village town
        heights hills plains basin canal border territory territories republic kingdom emirates
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// Small words allowed inside a name: "Staffan de Mistura", "Bank of England".
    static let nameConnectors: Set<String> = [
        "of", "de", "da", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "al",
        "al-", "bin", "ibn", "el", "y", "and", "&", "for", "on", "the",
    ]

    /// Connectors that can only sit between a given name and a surname, never between two words of an
    /// organization: "de", "van", "bin".
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "al", "bin",
        "ibn", "el", "wa", "dos", "das",
    ]
}

extension Lexicon {
    /// Lower-case words that can open a role: "official representative", "special envoy", "foreign minister".
    static let roleModifiers: Set<String> = [
        "official", "special", "former", "deputy", "acting", "foreign", "chief", "senior", "vice", "executive",
        "general", "assistant", "prime", "top", "interim", "regional", "national", "federal", "state", "defence",
        "defense", "finance", "interior", "justice", "health", "economy", "trade", "energy", "education",
        "environment", "transport", "labour", "labor", "culture", "junior", "lead", "managing", "founding",
        "associate", "principal", "head", "press", "veteran", "retired", "incoming", "outgoing", "then",
    ]

    /// Words a role phrase never runs back across.
    static let roleStops: Set<String> = [
        "a", "an", "by", "with", "that", "and", "to", "from", "for", "said", "says", "told", "his", "her", "their",
        "its", "our", "my", "your", "as", "at", "in", "was", "is", "were", "are", "be", "been", "meet", "met",
        "which", "who", "whom", "when", "while", "after", "before", "between", "against", "about", "than",
        "but", "or", "nor", "if", "because", "also", "not", "will", "would", "has", "have", "had", "this", "these",
        "those", "it", "he", "she", "they", "we", "i", "you", "according",
    ]
}
