/// Well-known places and organizations with the other names news uses for them.
///
/// Each line is `Canonical|alias|alias`. The lists cover countries, capitals and large cities, regions,
/// and international bodies: the names a reader expects to see merged ("U.S." and "USA" are one actor).
struct Gazetteer: Sendable {
    struct Entry: Sendable, Equatable {
        var name: String
        var kind: Actor.Kind
        /// The form as listed; an all-capitals form ("US", "WHO") matches only in capitals.
        var form: String
    }

    /// Lower-cased surface form → entry.
    let entries: [String: Entry]
    /// Lower-cased forms of the countries and regions: "Kansas City" is a place, "Manchester City" a club.
    let countriesAndRegions: Set<String>
    /// The longest entry, in words, so that matching knows how far to look.
    let longest: Int

    static let shared = Gazetteer()

    init() {
        var entries: [String: Entry] = [:]
        var longest = 1
        /// Loads a list; returns the lower-cased forms it holds.
        @discardableResult
        func load(_ text: String, _ kind: Actor.Kind) -> Set<String> {
            var keys: Set<String> = []
            for line in text.split(separator: "\n") {
                let names = line.split(separator: "|").map { $0.trimmingSpaces() }
                guard let canonical = names.first, !canonical.isEmpty else { continue }
                for form in names {
                    let key = form.lowercased()
                    keys.insert(key)
                    if entries[key] == nil { entries[key] = Entry(name: canonical, kind: kind, form: form) }
                    longest = max(longest, form.split(separator: " ").count)
                }
            }
            return keys
        }
        let countries = load(Self.countries, .place)
        load(Self.cities, .place)
        let regions = load(Self.regions, .place)
        load(Self.organizations, .organization)
        self.entries = entries
        countriesAndRegions = countries.union(regions)
        self.longest = longest
    }

    func lookup(_ form: String) -> Entry? {
        guard let entry = entries[form.lowercased()] else { return nil }
        if !entry.form.contains(where: \.isLowercase), entry.form != form { return nil }
        return entry
    }

    static let countries = """
        Afghanistan
        Albania
        Algeria
        Angola
        Argentina
        Armenia
        Australia
        Austria
        Azerbaijan
        Bahrain
        Bangladesh
        Belarus
        Belgium
        Bolivia
        Bosnia and Herzegovina|Bosnia
        Brazil
        Bulgaria
        Cambodia
        Cameroon
        Canada
        Chile
        China|People's Republic of China|PRC
        Colombia
        Croatia
        Cuba
        Cyprus
        Czech Republic|Czechia
        Denmark
        Egypt
        Estonia
        Ethiopia
        Finland
        France
        Georgia
        Germany
        Ghana
        Greece
        Hungary
        Iceland
        India
        Indonesia
        Iran
        Iraq
        Ireland|Republic of Ireland|Eire
        Israel
        Italy
        Japan
        Jordan
        Kazakhstan
        Kenya
        Kosovo
        Kuwait
        Kyrgyzstan
        Latvia
        Lebanon
        Libya
        Lithuania
        Luxembourg
        Malaysia
        Mali
        Mexico
        Moldova
        Mongolia
        Montenegro
        Morocco
        Myanmar|Burma
        Nepal
        Netherlands|Holland|the Netherlands
        New Zealand
        Nigeria
        North Korea|DPRK
        North Macedonia|Macedonia
        Norway
        Oman
        Pakistan
        Palestine
        Panama
        Peru
        Philippines|the Philippines
        Poland
        Portugal
        Qatar
        Romania
        Russia|Russian Federation|RF
        Rwanda
        Saudi Arabia
        Serbia
        Singapore
        Slovakia
        Slovenia
        Somalia
        South Africa
        South Korea|Republic of Korea
        South Sudan
        Spain
        Sri Lanka
        Sudan
        Sweden
        Switzerland
        Syria|Syrian Arab Republic
        Taiwan
        Tajikistan
        Tanzania
        Thailand
        Tunisia
        Turkey|Türkiye
        Turkmenistan
        Uganda
        Ukraine
        United Arab Emirates|UAE
        United Kingdom|UK|U.K.|Britain|Great Britain
        United States|U.S.|US|USA|U.S.A.|America|United States of America
        Uruguay
        Uzbekistan
        Venezuela
        Vietnam
        Yemen
        Zambia
        Zimbabwe
        England
        Scotland
        Wales
        Northern Ireland
        Andorra
        Antigua and Barbuda
        Bahamas
        Barbados
        Belize
        Benin
        Bhutan
        Botswana
        Brunei
        Burkina Faso
        Burundi
        Cape Verde|Cabo Verde
        Central African Republic
        Comoros
        Republic of Congo|Congo-Brazzaville
        Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Zaire
        Costa Rica
        Djibouti
        Dominica
        Dominican Republic
        East Timor|Timor-Leste
        Ecuador
        El Salvador
        Equatorial Guinea
        Eritrea
        Eswatini|Swaziland
        Fiji
        Gabon
        Gambia
        Grenada
        Guatemala
        Guinea
        Guinea-Bissau
        Guyana
        Haiti
        Honduras
        Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
        Jamaica
        Kiribati
        Laos
        Lesotho
        Liberia
        Liechtenstein
        Madagascar
        Malawi
        Maldives
        Malta
        Marshall Islands
        Mauritania
        Mauritius
        Micronesia
        Monaco
        Mozambique
        Namibia
        Nauru
        Nicaragua
        Niger
        Palau
        Papua New Guinea
        Paraguay
        Saint Kitts and Nevis
        Saint Lucia
        Samoa
        San Marino
        Senegal
        Seychelles
        Sierra Leone
        Solomon Islands
        Suriname
        Togo
        Tonga
        Trinidad and Tobago
        Tuvalu
        Vanuatu
        Vatican|Vatican City|Holy See
        Soviet Union|USSR
        Yugoslavia|Federal Republic of Yugoslavia
        Czechoslovakia
        """

    static let cities = """
        Moscow
        Washington|Washington D.C.|Washington, D.C.
        London
        Paris
        Berlin
        Munich
        Geneva
        Brussels
        Vienna
        Rome
        Madrid
        Beijing
        Tokyo
        Damascus
        Aleppo
        Homs
        Baghdad
        Mosul
        Tehran
        Kabul
        Ankara
        Istanbul
        Cairo
        Jerusalem
        Tel Aviv
        Gaza
        Beirut
        Amman
        Riyadh
        Dubai
        Doha
        Kiev|Kyiv
        Minsk
        Warsaw
        Prague
        Budapest
        Athens
        Stockholm
        Oslo
        Copenhagen
        Helsinki
        Amsterdam
        The Hague
        Dublin
        Edinburgh
        Belfast
        Cardiff
        Manchester
        Birmingham
        Liverpool
        Glasgow
        Leeds
        New York|New York City|NYC
        Los Angeles
        Chicago
        Boston
        San Francisco
        Miami
        Houston
        Dallas
        Seattle
        Atlanta
        Philadelphia
        Toronto
        Montreal
        Vancouver
        Ottawa
        Calgary
        Edmonton
        Winnipeg
        Quebec City
        Halifax
        Sydney
        Melbourne
        Canberra
        Auckland
        Wellington
        Delhi|New Delhi
        Mumbai|Bombay
        Karachi
        Islamabad
        Lahore
        Dhaka
        Bangkok
        Jakarta
        Manila
        Seoul
        Pyongyang
        Shanghai
        Hong Kong
        Singapore
        Taipei
        Hanoi
        Johannesburg
        Cape Town
        Nairobi
        Lagos
        Abuja
        Addis Ababa
        Khartoum
        Tripoli
        Tunis
        Algiers
        Rabat
        Mexico City
        Havana
        Bogota
        Caracas
        Lima
        Santiago
        Buenos Aires
        Sao Paulo|São Paulo
        Rio de Janeiro
        Brasilia
        St Petersburg|St. Petersburg|Saint Petersburg
        Sochi
        Kazan
        Vladivostok
        Donetsk
        Luhansk
        Crimea
        Sevastopol
        Belgrade
        Sarajevo
        Zagreb
        Bucharest
        Sofia
        Lisbon
        Barcelona
        Milan
        Frankfurt
        Hamburg
        Zurich
        Davos
        Strasbourg
        Luxembourg
        Kandahar
        Basra
        Raqqa
        Idlib
        Palmyra
        Latakia
        """

    static let regions = """
        Europe
        Asia
        Africa
        North America
        South America
        Latin America
        Middle East|Mideast
        Persian Gulf
        Balkans
        Caucasus
        Central Asia
        Scandinavia
        Arctic
        Antarctica
        Kashmir
        West Bank
        Gaza Strip
        Golan Heights
        Kurdistan
        Chechnya
        Siberia
        Alabama
        Alaska
        Arizona
        Arkansas
        California
        Colorado
        Connecticut
        Delaware
        Florida
        Hawaii
        Idaho
        Illinois
        Indiana
        Iowa
        Kansas
        Kentucky
        Louisiana
        Maine
        Maryland
        Massachusetts
        Michigan
        Minnesota
        Mississippi
        Missouri
        Montana
        Nebraska
        Nevada
        New Hampshire
        New Jersey
        New Mexico
        North Carolina
        North Dakota
        Ohio
        Oklahoma
        Oregon
        Pennsylvania
        Rhode Island
        South Carolina
        South Dakota
        Tennessee
        Texas
        Utah
        Vermont
        Virginia
        West Virginia
        Wisconsin
        Wyoming
        Ontario
        Quebec
        British Columbia
        Alberta
        Manitoba
        Saskatchewan
        Nova Scotia
        New Brunswick
        Newfoundland
        Bavaria
        Catalonia
        Tibet
        Xinjiang
        """

    static let organizations = """
        United Nations|UN|U.N.
        UN Security Council|United Nations Security Council|Security Council|UNSC
        UN General Assembly|United Nations General Assembly|General Assembly
        North Atlantic Treaty Organization|NATO|Nato
        European Union|EU|E.U.
        European Commission
        European Parliament
        International Atomic Energy Agency|IAEA
        World Health Organization|WHO|World Health Organisation
        International Monetary Fund|IMF
        World Bank
        World Trade Organization|WTO|World Trade Organisation
        Organization of the Petroleum Exporting Countries|OPEC|Opec
        Organization for Security and Co-operation in Europe|OSCE
        International Committee of the Red Cross|ICRC|Red Cross
        International Criminal Court|ICC
        African Union|AU
        Arab League|League of Arab States
        Association of Southeast Asian Nations|ASEAN
        Islamic State|ISIS|ISIL|IS|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria
        Al-Qaeda|al-Qaeda|Al Qaeda|al Qaeda|al-Qaida
        Taliban|the Taliban
        Hezbollah
        Hamas
        Kremlin|the Kremlin
        White House|the White House
        Pentagon|the Pentagon
        State Department|US State Department|U.S. State Department
        Federal Bureau of Investigation|FBI
        Central Intelligence Agency|CIA
        Federal Reserve|the Fed
        Congress|US Congress|U.S. Congress
        Senate|US Senate|U.S. Senate
        House of Representatives
        House of Commons|Commons
        House of Lords
        Downing Street
        Bank of England
        European Central Bank|ECB
        BBC|British Broadcasting Corporation
        Reuters
        Associated Press|AP
        Agence France-Presse|AFP
        CNN
        TASS|Tass|ITAR-TASS
        RIA Novosti
        Interfax
        Al Jazeera
        New York Times
        Washington Post
        Google
        Apple
        Microsoft
        Amazon
        Facebook
        Meta|Meta Platforms
        Alphabet
        Twitter
        Netflix
        Samsung
        Nvidia
        OpenAI
        SpaceX
        Nasdaq|NASDAQ
        New York Stock Exchange|NYSE
        Gazprom
        Rosneft
        Democratic Party|Democrats
        Republican Party|Republicans|GOP
        Labour Party|Labour
        Conservative Party|Conservatives|Tories
        Liberal Democrats|Lib Dems
        Liberal Party|Liberals
        New Democratic Party|NDP
        Scottish National Party|SNP
        Royal Canadian Mounted Police|RCMP
        Supreme Court
        G7|G-7
        G8|G-8
        G20|G-20
        """
}
