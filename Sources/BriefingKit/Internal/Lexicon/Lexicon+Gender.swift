extension Lexicon {
    enum Gender: Sendable, Equatable {
        case female
        case male

        var opposite: Gender { self == .female ? .male : .female }
    }

    /// Given names that are usually women's. Names not listed here say nothing on their own.
    static let femaleNames: Set<String> = Set(
        """
        abigail ada adriana agnes aisha alejandra alexandra alice alicia alison amanda amber amelia amy ana anastasia
        andrea angela angelina anita ann anna anne annette antonia ashley audrey barbara beatrice becky belinda beth
        betty beverly brenda bridget brittany camilla carla carmen carol caroline carolyn catherine cecilia celia
        charlotte cheryl chloe christina christine cindy claire clara claudia colleen connie cristina cynthia dana
        daniela danielle deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena
        elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima federica fiona florence frances
        gabriela gabrielle gail gemma georgia gillian gina gloria grace gwen hannah harriet heather heidi helen helena
        hilary hillary ines ingrid irene iris isabel isabella jackie jacqueline jane janet janice jean jennifer jenny
        jessica jill joan joanna joanne josephine joy joyce judith judy julia julie june karen kate katherine kathleen
        kathryn kathy katie kelly kerry kim kimberly kirsty laura lauren leila lena leslie lilian linda lisa liz lorna
        louise lucia lucy lydia lynn madeleine maggie malala margaret maria marie marina marion marissa martha mary
        maureen megan melania melanie melissa mia michelle mildred miriam molly monica nadia nancy naomi natalia
        natalie nicola nicole nina nora olga olivia pamela patricia paula pauline peggy penny petra phyllis priya
        rachel rebecca regina rita roberta rosa rose rosemary ruth sally samantha sandra sara sarah shannon sharon
        sheila shirley silvia simone sofia sonia sophie stephanie susan suzanne sylvia tamara tanya teresa theresa
        tina tracy ursula valentina valerie vanessa vera veronica victoria virginia vivian wendy yolanda yvonne zoe
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// Given names that are usually men's.
    static let maleNames: Set<String> = givenNames.subtracting(femaleNames).subtracting(["kim", "lee", "jan", "robin", "lynn", "kerry", "jean", "wang", "li", "zhang", "liu", "chen", "yang", "hu", "ban", "xi"])

    /// The honorifics that say a person's gender before a name: "Mr. Obama", "Mrs Vale", "Sir Ian".
    static let honorifics: [String: Gender] = [
        "mr": .male, "sir": .male, "lord": .male, "mrs": .female, "ms": .female, "miss": .female, "madam": .female,
        "dame": .female, "lady": .female,
    ]

    /// What a title or role word says about gender: the honorifics, and these.
    static let genderedWords: [String: Gender] = honorifics.merging([
        "queen": .female, "princess": .female, "spokeswoman": .female, "chairwoman": .female, "congresswoman": .female,
        "actress": .female, "businesswoman": .female, "sister": .female, "mother": .female, "wife": .female,
        "daughter": .female, "woman": .female,
        "king": .male, "prince": .male, "spokesman": .male, "chairman": .male, "congressman": .male, "actor": .male,
        "businessman": .male, "brother": .male, "father": .male, "husband": .male, "son": .male, "man": .male,
    ]) { honorific, _ in honorific }

    /// Role words that give a person's gender ("a spokeswoman", "the chairman").
    static let femaleRoleWords: Set<String> = [
        "woman", "women", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman",
        "sportswoman", "anchorwoman", "frenchwoman", "englishwoman", "irishwoman", "welshwoman", "mother", "daughter",
        "sister", "wife", "widow", "grandmother", "queen", "princess", "actress", "girl",
    ]
    static let maleRoleWords: Set<String> = [
        "man", "men", "spokesman", "chairman", "congressman", "businessman", "councilman", "policeman", "sportsman",
        "anchorman", "frenchman", "englishman", "irishman", "welshman", "dutchman", "scotsman", "statesman", "father",
        "son", "brother", "husband", "widower", "grandfather", "king", "prince", "boy",
    ]

    static func gender(ofPronoun word: String) -> Gender? {
        switch word {
        case "she", "her", "hers", "herself": return .female
        case "he", "him", "his", "himself": return .male
        default: return nil
        }
    }
}
