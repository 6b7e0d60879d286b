extension Lexicon {
    /// Reporting verbs, in every form news uses, mapped to nothing: membership is what matters.
    static let speechVerbs: Set<String> = Set(
        """
        said say says saying told tell tells telling added adds adding emphasized emphasised emphasizes emphasises
        stressed stresses noted notes continued continues stated states reported reports explained explains
        argued argues claimed claims warned warns insisted insists asked asks replied replies wrote writes
        declared declares announced announces commented comments concluded concludes acknowledged acknowledges
        admitted admits suggested suggests remarked remarks urged urges recalled recalls pointed points
        observed observes confirmed confirms denied denies responded responds answered answers assured
        assures underlined underlines underscored underscores believed believes thinks thought predicted
        predicts promised promises vowed vows complained complains conceded concedes cautioned cautions
        revealed reveals disclosed discloses maintained maintains contended contends agreed agrees
        tweeted tweets posted posts quipped quips joked jokes shouted shouts whispered whispers cried
        recounted recounts described describes indicated indicates mentioned mentions affirmed affirms
        charged charges alleged alleges countered counters objected objects protested protests testified
        testifies summed sums highlighted highlights reiterated reiterates asserted asserts announced
        boasted boasts bragged brags demanded demands pledged pledges snapped retorted retorts mused muses lamented
        laments yelled screamed murmured sighed laughed scoffed fumed pleaded pleads opined remembered reflected
        reads read
        acknowledging adding noting arguing warning insisting claiming explaining telling asking stressing
        emphasizing emphasising suggesting declaring recalling stating writing tweeting replying responding
        conceding complaining predicting promising vowing urging observing continuing concluding announcing
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// The verbs that take a particle: "pointed out", "summed up".
    static let speechParticles: [String: String] = ["pointed": "out", "points": "out", "summed": "up", "sums": "up"]

    /// Verbs in the past that do not end in "-ed": "began", "met", "took".
    static let irregularPast: Set<String> = [
        "began", "met", "went", "came", "took", "made", "told", "held", "left", "won", "lost", "fell", "rose", "led", "saw", "gave",
        "got", "brought", "bought", "fought", "thought", "sent", "spent", "built", "struck", "became", "ran", "sold", "paid",
        "found", "kept", "broke", "chose", "drove", "wrote", "spoke", "stood", "sat", "shot", "fled", "grew", "knew", "threw",
        "flew", "froze", "hung", "meant", "felt", "heard", "sought", "taught", "caught", "swore", "tore", "wore", "forgot",
    ]

    /// A verb in the past: "began", or a word of five letters or more in "-ed" ("outlined", not "need").
    static func isPastForm(_ word: String) -> Bool {
        irregularPast.contains(word) || word.utf8.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }

    /// Third-person pronouns that can stand for a speaker.
    static let speakerPronouns: Set<String> = ["he", "she", "they", "him", "her", "his", "them"]

    /// First- and second-person pronouns: inside a quote they are the speaker's own words.
    static let personalPronouns: Set<String> = ["i", "we", "you", "me", "us", "my", "our", "your"]

    /// Words between a subject and its reporting verb: "she also said", "Zakharova has repeatedly stated".
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "later", "then", "previously",
        "repeatedly", "earlier", "once", "further", "again", "recently", "publicly", "reportedly", "had", "did",
        "does", "do", "could", "may", "might", "should", "can", "already", "just", "not", "never", "quickly",
        "separately", "simply", "flatly", "angrily", "calmly", "bluntly", "openly", "firmly",
    ]
}
