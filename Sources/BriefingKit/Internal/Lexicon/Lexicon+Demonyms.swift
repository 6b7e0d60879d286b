extension Lexicon {
    /// Nationality, people, language, faith and region adjectives and their plurals ("Tajik", "Azeris",
    /// "Hebrew"): they describe, they are not actors themselves.
    static let demonyms: Set<String> = Set(
        """
        aboriginal afghan afghans african african-american africans afrikaans afrikaner afrikaners alawite alawites albanian
        albanians algerian algerians american americans amharic andorran angolan arab arabic arabs argentine argentinian
        armenian armenians asian asians australian australians austrian austrians azerbaijani azeri azeris bahraini
        balkan balts bangladeshi bangladeshis basque basques bedouin bedouins belarusian belarusians belgian belgians
        bengali beninese berber bhutanese bolivian bosnian bosnians botswanan brazilian brazilians breton british britons
        bruneian buddhist buddhists bulgarian bulgarians burkinabe burmese burundian cambodian cambodians cameroonian
        canadian canadians cantonese catalan catalans catholic catholics caucasian chadian chilean chileans
        chinese christian christians colombian colombians congolese coptic copts corsican creole croatian croats cuban
        cubans cypriot cypriots czech czechs danes danish dari djiboutian dominican druze dutch eastern easterners
        ecuadorean ecuadorian egyptian egyptians emirati emiratis english englishmen eritrean eritreans estonian estonians
        ethiopian ethiopians european europeans evangelical evangelicals fijian filipino filipinos finnish finns flemish
        french frenchmen gabonese gaelic galician gambian georgian georgians german germans ghanaian ghanaians greek greeks
        guatemalan guinean guyanese haitian haitians hausa hebrew hindi hindu hindus hispanic hispanics honduran
        hungarian hungarians iberian icelandic indian indians indonesian indonesians inuit inuits iranian iranians iraqi
        iraqis irish irishmen islamic islamist islamists israeli israelis italian italians ivorian jamaican jamaicans
        japanese jewish jews jordanian jordanians kazakh kazakhs kenyan korean koreans kenyans kurdish kurds kuwaiti kuwaitis kyrgyz
        laotian latina latino latinos latvian latvians lebanese liberian libyan libyans lithuanian lithuanians
        luxembourgish macedonian macedonians malagasy malawian malaysian malaysians maldivian malian maltese mandarin maori
        maoris maronite maronites mauritanian mauritian mexican mexicans moldovan moldovans monegasque
        mongolian mongolians montenegrin moroccan moroccans mozambican muslim muslims namibian nepalese nicaraguan nigerian
        nigerians nigerien nordic northern northerners norwegian norwegians oceanian omani orthodox pakistani
        pakistanis palestinian palestinians panamanian paraguayan pashto persian persians peruvian peruvians poles polish
        portuguese protestant protestants punjabi qatari qataris romanian romanians russian russians rwandan rwandans
        salvadoran samoan sardinian saudi saudis scandinavian scandinavians scots scottish senegalese serbian serbians serbs
        shia shias shiite shiites sierra-leonean sikh sikhs singaporean sinhalese slavic slavs slovak slovakian slovaks
        slovenian slovenians somali somalis south-african southern southerners soviet spaniards spanish sudanese sunni
        sunnis surinamese swahili swazi swedes swedish swiss syrian syrians taiwanese tajik tajiks tamil tamils tanzanian
        thai thais tibetan togolese tongan trinidadian tunisian tunisians turkish turkmen turks ugandan ugandans uighur
        uighurs ukrainian ukrainians urdu uruguayan uyghur uyghurs uzbek uzbeks venezuelan venezuelans vietnamese walloon
        welsh western westerners xhosa yemeni yemenis yiddish yoruba yugoslav zambian zambians zimbabwean zimbabweans zulu
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// People named by their nation, as a role noun names them ("said the Spaniard"), with the word a
    /// description of them uses ("Spanish rival Luis Ortega", "New Zealand captain").
    static let demonymNouns: [String: String] = [
        "spaniard": "spanish", "briton": "british", "brit": "british", "frenchman": "french", "frenchwoman": "french",
        "englishman": "english", "englishwoman": "english", "scot": "scottish", "scotsman": "scottish", "dane": "danish",
        "swede": "swedish", "pole": "polish", "turk": "turkish", "finn": "finnish", "dutchman": "dutch", "irishman": "irish",
        "irishwoman": "irish", "welshman": "welsh", "welshwoman": "welsh", "kiwi": "zealand", "aussie": "australian",
    ]

    /// Whether a word after "the" names one person by nationality: "the Spaniard", "the American". Plurals
    /// and collective forms ("the Russians", "the British", "the Chinese") name a people or a government.
    static func isNationality(_ word: String) -> Bool {
        if demonymNouns[word] != nil { return true }
        guard demonyms.contains(word) else { return false }
        return !["s", "ish", "ch", "ese", "ss"].contains { word.hasSuffix($0) }
    }

    /// Compass words that make a region adjective of a demonym: "North American", "Southeast Asian".
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "far", "middle",
        "near", "eastern", "western", "northern", "southern", "sub-saharan", "pan",
    ]
}
