/// Finds the attribution of a quotation: inside its marks, right after it, or earlier in its sentence.
struct AttributionFinder: Sendable {
    let paragraph: ParagraphText
    var tokens: [Token] { paragraph.tokens }

    /// Reporting verb at `i` (with its particle: "pointed out"); returns the index after it.
    func verbEnd(at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .word, Lexicon.speechVerbs.contains(tokens[i].lower) else { return nil }
        // "the United States": a capitalized word after a capitalized word is part of a name.
        if tokens[i].isCapitalized, i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence { return nil }
        // "the letter reads", "the sign read:": only a text reads out words; "officers read him his rights".
        if tokens[i].lower == "read" || tokens[i].lower == "reads" {
            let textBefore = i > 0 && QuoteExtractor.authoredNouns.contains(tokens[i - 1].lower)
            let quoteAfter = i + 1 < tokens.count && (tokens[i + 1].kind == .quote || tokens[i + 1].isPunctuation(":"))
            guard textBefore || quoteAfter else { return nil }
        }
        if let particle = Lexicon.speechParticles[tokens[i].lower] {
            return i + 1 < tokens.count && tokens[i + 1].lower == particle ? i + 2 : nil
        }
        return i + 1
    }

    func cue(_ from: Int, _ to: Int) -> String {
        tokens[from..<to].map(\.lower).joined(separator: " ")
    }

    private func isSeparator(_ t: Token) -> Bool { t.kind == .dash || t.isPunctuation(",") }

    /// A word of a speaker phrase, or the full stop of a title inside it: "Rep. Ada Brook".
    func isPhraseToken(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .word || t.kind == .possessive { return true }
        // "Lawrence B. Cummings": a middle initial's full stop too.
        let initial = i > 0 && tokens[i - 1].text.count == 1 && tokens[i - 1].isCapitalized
        return t.isPunctuation(".") && i > 0 && tokens[i - 1].end == t.start && (ActorFinder.isTitle(tokens, i - 1) || initial) && i + 1 < tokens.count
            && tokens[i + 1].isCapitalized
    }

    /// "…unacceptable, she emphasized. – As always…" and "…terrorism, – said the diplomat. – The response…".
    func inside(_ span: QuoteSpan) -> [Attribution] {
        var found: [Attribution] = []
        let inner = span.inner
        if let transcript = transcriptSpeaker(span) { found.append(transcript) }
        var k = inner.lowerBound + 1
        while k < inner.upperBound {
            defer { k += 1 }
            guard tokens[k].quoteDepth == 1, let end = verbEnd(at: k) else { continue }
            var l = k - 1
            while l > inner.lowerBound, k - l <= 6, tokens[l].kind == .word || tokens[l].kind == .possessive { l -= 1 }
            guard l > inner.lowerBound, isSeparator(tokens[l]) else { continue }
            var r = end
            while r < inner.upperBound, r - end < 10, tokens[r].kind == .word || tokens[r].kind == .possessive { r += 1 }
            guard r == inner.upperBound || tokens[r].endsSentence || isSeparator(tokens[r]) else { continue }
            let left = (l + 1)..<k
            let right = end..<r
            guard left.isEmpty != right.isEmpty else { continue }
            let np = left.isEmpty ? right : left
            guard let form = Attribution.form(of: np, in: tokens) else { continue }
            // The cut runs from the separator before to the separator after, so the quote reads on.
            var cutStart = l
            if tokens[cutStart].kind == .dash, cutStart - 1 > inner.lowerBound, tokens[cutStart - 1].isPunctuation(",") { cutStart -= 1 }
            var cutEnd = r
            if cutEnd < inner.upperBound, tokens[cutEnd].endsSentence || tokens[cutEnd].isPunctuation(",") { cutEnd += 1 }
            if cutEnd < inner.upperBound, tokens[cutEnd].kind == .dash { cutEnd += 1 }
            found.append(Attribution(speaker: np, form: form, cue: cue(k, end), cut: cutStart..<cutEnd))
            k = cutEnd
        }
        return found
    }

    /// Words in capitals before a colon that label a passage rather than name its speaker.
    static let labels: Set<String> = [
        "note", "update", "updated", "breaking", "correction", "editor", "editors", "warning", "source", "sources", "photo",
        "video", "watch", "read", "related", "caption", "transcript", "live", "analysis", "opinion", "exclusive", "listen",
        "ps", "nb", "fact", "check", "quote", "headline", "title", "subject", "re", "fwd",
    ]

    /// A transcript's turn quoted whole, "“HALE: But, Governor…”": the speaker's name in capitals
    /// and a colon open the quote, and are cut from it. "FULL TEXT:" is no one: the quote extractor keeps
    /// a label of ordinary words only when it names a person of the article.
    func transcriptSpeaker(_ span: QuoteSpan) -> Attribution? {
        let inner = span.inner
        var colon = inner.lowerBound
        while colon < inner.upperBound, colon - inner.lowerBound < 3, tokens[colon].kind == .word,
            tokens[colon].text.unicodeScalars.count >= 2, !tokens[colon].text.unicodeScalars.contains(where: \.properties.isLowercase)
        {
            colon += 1
        }
        guard colon > inner.lowerBound, colon < inner.upperBound - 1, tokens[colon].isPunctuation(":") else { return nil }
        let name = inner.lowerBound..<colon
        guard !tokens[name].contains(where: { Self.labels.contains($0.lower) }) else { return nil }
        return Attribution(speaker: name, form: .name, cue: nil, cut: inner.lowerBound..<(colon + 1), isTranscriptLabel: true)
    }

    /// "…country”, – said the official representative." or "…,” she said.
    func after(_ span: QuoteSpan) -> Attribution? {
        if let right = rightAfter(span) { return right }
        guard span.isClosed, span.close + 1 < tokens.count, tokens[span.close + 1].kind == .word, !tokens[span.close + 1].isCapitalized else { return nil }
        return afterTrailingWords(span)
    }

    private func rightAfter(_ span: QuoteSpan) -> Attribution? {
        guard span.isClosed else { return nil }
        var c = span.close + 1
        var skipped = 0
        while c < tokens.count, skipped < 3, tokens[c].isPunctuation(",") || tokens[c].kind == .dash || tokens[c].isPunctuation(".") {
            if tokens[c].isPunctuation(".") { return nil }
            c += 1
            skipped += 1
        }
        guard c < tokens.count, tokens[c].quoteDepth == 0 else { return nil }
        // "”― Ann Cole": a name signed under the quote.
        if c > span.close + 1, tokens[c - 1].kind == .dash, tokens[c].isCapitalized {
            var r = c
            while r < tokens.count, r - c < 5, tokens[r].isCapitalized || tokens[r].isPunctuation(".") && r > c && tokens[r - 1].text.count <= 2 { r += 1 }
            let atEnd = r == tokens.count || tokens[r].kind == .quote || tokens[r].kind == .punctuation
            if atEnd, r - c >= 2, Attribution.form(of: c..<r, in: tokens) == .name { return Attribution(speaker: c..<r, form: .name, cue: nil) }
        }
        if let end = verbEnd(at: c) {
            var r = end
            while r < tokens.count, r - end < 12, isPhraseToken(r) || isNumberInPhrase(r, from: end), tokens[r].quoteDepth == 0 { r += 1 }
            var np = trimmedSpeaker(end..<r)
            // "said 9/11 widow Jane Roe": a describing number and words before the name are not part of it.
            np = withoutDescription(np)
            guard let form = Attribution.form(of: np, in: tokens) else { return nil }
            // "said his spokesman, Omar Reyes.": the name after the role is who spoke.
            if form == .definiteRole || form == .indefiniteRole, let name = appositiveName(after: r) {
                return Attribution(speaker: name, form: .name, cue: cue(c, end))
            }
            return Attribution(speaker: np, form: form, cue: cue(c, end))
        }
        var v = c
        while v < tokens.count, v - c < 7, isPhraseToken(v), verbEnd(at: v) == nil { v += 1 }
        let nameEnd = v
        // "Rep. Ada Brook (D-Wis.) said": a bracketed party and state between the name and its verb.
        if v > c, let after = afterBrackets(at: v) { v = after }
        // "Ada Brook, the attorney general of Oklahoma, said": an appositive between them.
        if v > c, verbEnd(at: v) == nil, Attribution.form(of: c..<v, in: tokens) == .name,
            let verb = verbAfterAppositive(at: v) ?? verbAfterOpenAppositive(at: v)
        {
            v = verb
        }
        // "a former partner at Harbour Trust, Paul Vale, said": a role, then the name set off by commas.
        // After a quotation that ended its sentence, such words open the next one when they start with a capital.
        if v > c, verbEnd(at: v) == nil, span.close > span.open + 1, !(tokens[span.close - 1].endsSentence && tokens[c].isCapitalized),
            let form = Attribution.form(of: c..<v, in: tokens), form == .definiteRole || form == .indefiniteRole,
            let name = appositiveName(after: v), name.upperBound + 1 < tokens.count, tokens[name.upperBound].isPunctuation(","),
            let end = verbEnd(at: name.upperBound + 1)
        {
            return Attribution(speaker: name, form: .name, cue: cue(name.upperBound + 1, end))
        }
        guard v > c, let end = verbEnd(at: v) else { return nil }
        // "…at any price.” Norway insisted that the regime…", "….” The agency said the regime…":
        // after a full stop inside the marks, a name and a verb that goes on to words of its own open the
        // next sentence, not this attribution.
        // "“I did nothing wrong.” Smith told CNN." stays Smith's: telling and asking name whom next.
        if span.close > span.open + 1, tokens[span.close - 1].isPunctuation("."), end < tokens.count,
            tokens[end].kind == .quote || tokens[end].isPunctuation(":")
                || !Self.addressingVerbs.contains(tokens[v].lower)
                    && (Self.clauseOpeners.contains(tokens[end].lower)
                        || tokens[end].isCapitalized && Lexicon.weekdays[tokens[end].lower] == nil && Lexicon.months[tokens[end].lower] == nil)
        {
            return nil
        }
        var np = c..<nameEnd
        // "Roe sings to Hale before asking": a name, then a clause of its own up to the reporting
        // verb; the name is its subject. A phrase that ends on a name is one name ("US Ambassador to the
        // UN Ada Brook").
        if tokens[c].isCapitalized, !tokens[nameEnd - 1].isCapitalized,
            let cut = (c + 1..<nameEnd).first(where: { Self.clauseWords.contains(tokens[$0].lower) })
        {
            var end = cut
            while end > c + 1, !tokens[end - 1].isCapitalized { end -= 1 }
            np = c..<end
        }
        while np.count > 1, Lexicon.auxiliaries.contains(tokens[np.upperBound - 1].lower) { np = np.lowerBound..<(np.upperBound - 1) }
        // "panel Chairman Rep. John Doe said", "retired Army general Jane Roe said": words in lower case
        // before a name describe it.
        np = withoutDescription(np)
        guard let form = Attribution.form(of: np, in: tokens) else { return nil }
        return Attribution(speaker: np, form: form, cue: cue(v, end))
    }

    /// The name set off by the comma at `comma` that closes its clause: "…, Omar T. Reyes." or
    /// "…, Lena Varga, on Tuesday".
    func appositiveName(after comma: Int) -> Range<Int>? {
        guard comma < tokens.count, tokens[comma].isPunctuation(","), comma + 1 < tokens.count else { return nil }
        let start = comma + 1
        var q = start
        while q < tokens.count, q - start < 6,
            tokens[q].kind == .word && tokens[q].isCapitalized
                || tokens[q].isPunctuation(".") && q > start && tokens[q - 1].text.count == 1 && q + 1 < tokens.count && tokens[q + 1].isCapitalized
        {
            q += 1
        }
        guard q - start >= 2, q == tokens.count || tokens[q].isPunctuation(",") || tokens[q].endsSentence || tokens[q].kind == .quote,
            Attribution.form(of: start..<q, in: tokens) == .name
        else { return nil }
        return start..<q
    }

    /// "“…behind bars” for fraud, she said.": a few words finish the sentence the quotation
    /// began, then a comma and the attribution, which ends the sentence.
    func afterTrailingWords(_ span: QuoteSpan) -> Attribution? {
        var comma = span.close + 1
        while comma < tokens.count, comma - span.close <= 8, tokens[comma].kind == .word || tokens[comma].kind == .number { comma += 1 }
        guard comma < tokens.count, tokens[comma].isPunctuation(","), comma + 2 < tokens.count else { return nil }
        let subject = comma + 1
        var verb = subject
        while verb < tokens.count, verb - subject < 4, isPhraseToken(verb), verbEnd(at: verb) == nil { verb += 1 }
        guard verb > subject, let end = verbEnd(at: verb), end == tokens.count || tokens[end].endsSentence || tokens[end].isPunctuation(",") else { return nil }
        let np = subject..<verb
        guard let form = Attribution.form(of: np, in: tokens), form == .pronoun || form == .name else { return nil }
        return Attribution(speaker: np, form: form, cue: cue(verb, end))
    }

    /// "She reported that “…”", "According to her, the meeting “…”", "As the diplomat said, … “…”".
    func before(_ span: QuoteSpan, since start: Int) -> Attribution? {
        let sentence = tokens[span.open].sentence
        var from = span.open
        while from > start, tokens[from - 1].sentence == sentence || tokens[from - 1].quoteDepth > 0 { from -= 1 }
        let context = from..<span.open
        // "Ann Cole: “…”" and "COLE: “…”": a name and a colon.
        if span.open >= 2, tokens[span.open - 1].isPunctuation(":") {
            var b = span.open - 1
            while b > from, span.open - 1 - b < 4, tokens[b - 1].isCapitalized || tokens[b - 1].isAcronym { b -= 1 }
            if b < span.open - 1, Attribution.form(of: b..<(span.open - 1), in: tokens) == .name,
                !tokens[b..<(span.open - 1)].contains(where: { Lexicon.commonWords.contains($0.lower) && !$0.isAcronym })
            {
                return Attribution(speaker: b..<(span.open - 1), form: .name, cue: nil)
            }
        }
        // "according to X" names the source wherever it stands in the sentence.
        for i in context where tokens[i].lower == "according" && i + 1 < span.open && tokens[i + 1].lower == "to" && tokens[i].quoteDepth == 0 {
            let np = accordingToSource(at: i, limit: span.open, window: 10).source
            if let form = Attribution.form(of: np, in: tokens) { return Attribution(speaker: np, form: form, cue: "according to") }
        }
        for k in context.reversed() where tokens[k].quoteDepth == 0 {
            guard let end = verbEnd(at: k), !isNoun(k) else { continue }
            // "an architect who said he was stiffed": a relative clause's verb reports someone else's words.
            if isRelativeClause(verb: k, from: from) { continue }
            if var subject = subject(before: k, from: from) {
                // "Hale dismissed the figures insisting that…", "Trump unleashed a series of tweets early
                // Friday saying…": what a participle's noun phrase says, the sentence's subject says.
                if tokens[k].lower.hasSuffix("ing"), subject.form == .definiteRole || subject.form == .indefiniteRole,
                    !tokens[subject.range].contains(where: { $0.isCapitalized && Lexicon.weekdays[$0.lower] == nil }),
                    let verb = (from..<subject.range.lowerBound).first(where: { isFiniteVerb($0) }),
                    let outer = self.subject(before: verb, from: from), outer.form == .name || outer.form == .pronoun
                {
                    subject = outer
                }
                let reported = Self.addresseeVerbs.contains(tokens[k].lower) || tokens[k].lower == "telling" ? afterAddressee(end) : end
                return Attribution(speaker: subject.range, form: subject.form, cue: cue(k, end), reportedFrom: reported)
            }
            // "Roe said, suggesting a few changes": a participle's object is not its speaker; "told a news
            // conference": whom the words were for.
            if tokens[k].lower.hasSuffix("ing") || Self.addresseeVerbs.contains(tokens[k].lower) { continue }
            // Passive "stated by X" and inverted "said X".
            var r = end
            if r < span.open, tokens[r].lower == "by" { r += 1 }
            let npStart = r
            while r < span.open, r - npStart < 12, tokens[r].kind == .word || tokens[r].kind == .possessive { r += 1 }
            let np = trimmedSpeaker(npStart..<r)
            // An object pronoun after the verb is whom the words were for.
            if np.count == 1, ["her", "him", "them", "me", "us"].contains(tokens[np.lowerBound].lower) { continue }
            if !np.isEmpty, let form = Attribution.form(of: np, in: tokens) { return Attribution(speaker: np, form: form, cue: cue(k, end)) }
        }
        return nil
    }

    /// Words that end a speaker's name and start a clause of its own before the reporting verb.
    static let clauseWords: Set<String> = ["to", "before", "after", "while", "in", "on", "at", "with", "from"]

    /// With a comma at `i` opening an appositive ("…, the attorney general of Oklahoma, said"), the index
    /// of the reporting verb right after the appositive's closing comma.
    func verbAfterAppositive(at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isPunctuation(",") else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 20 {
            let t = tokens[j]
            if t.kind == .quote || t.endsSentence && !isAbbreviationStop(j) || t.quoteDepth > 0 { return nil }
            if t.isPunctuation(","), j + 1 < tokens.count, verbEnd(at: j + 1) != nil { return j > i + 1 ? j + 1 : nil }
            j += 1
        }
        return nil
    }

    /// "his remarks", "a few demands": a reporting word after a determiner or a quantifier is a noun.
    func isNoun(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let previous = tokens[k - 1]
        return Attribution.roleOpeners.contains(previous.lower) || Self.quantifiers.contains(previous.lower) || previous.kind == .number
    }

    static let quantifiers: Set<String> = ["few", "several", "many", "some", "more", "new", "fresh", "other", "these", "those", "our", "my", "your"]

    /// "…,” Laura Lind, a lawyer for the tenants told the hearing": an appositive the writer did not close
    /// with a comma before the reporting verb; the index of that verb.
    func verbAfterOpenAppositive(at i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i].isPunctuation(","), !tokens[i + 1].isCapitalized || Attribution.roleOpeners.contains(tokens[i + 1].lower) else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 16 {
            let t = tokens[j]
            if t.kind == .quote || t.quoteDepth > 0 || t.endsSentence && !isAbbreviationStop(j) || t.isPunctuation(",") { return nil }
            // "…,” Harris, whose lawyer told reporters": the verb of a clause about the name.
            if Self.relativePronouns.contains(t.lower) { return nil }
            if j > i + 2, verbEnd(at: j) != nil, !isNoun(j) { return j }
            j += 1
        }
        return nil
    }

    /// A full stop that closes an abbreviation rather than a sentence: "R-Ky.," and "Del. Ann Cole".
    func isAbbreviationStop(_ i: Int) -> Bool {
        guard tokens[i].isPunctuation("."), i > 0, tokens[i - 1].end == tokens[i].start, i + 1 < tokens.count else { return false }
        return tokens[i + 1].isPunctuation(",") || ActorFinder.isTitle(tokens, i - 1) && tokens[i + 1].isCapitalized
    }

    /// A number inside a speaker phrase after its verb, "said 9/11 widow Jane Roe", when words follow it.
    func isNumberInPhrase(_ i: Int, from start: Int) -> Bool {
        guard tokens[i].kind == .number || tokens[i].isPunctuation("/") && i > start && tokens[i - 1].kind == .number else { return false }
        return i + 1 < tokens.count && (tokens[i + 1].kind == .word || tokens[i + 1].kind == .number || tokens[i + 1].isPunctuation("/"))
    }

    /// Words that open what a reporting verb reports: "said that…", "said the regime…", "said it…".
    static let clauseOpeners: Set<String> = [
        "that", "the", "a", "an", "he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "his", "her", "its", "their",
    ]

    /// Reporting verbs whose object is the person addressed: "told CNN", "asked the minister".
    static let addressingVerbs: Set<String> = ["told", "tells", "telling", "asked", "asks", "asking", "assured", "urged", "warned"]
    /// Of those, the ones never inverted: "“…?” asked a reporter" names the speaker, "told a news conference" does not.
    static let addresseeVerbs: Set<String> = ["told", "tells"]

    /// The words after an outlet's name that say what it is.
    static let mediaNouns: Set<String> = [
        "news", "agency", "programme", "program", "newspaper", "paper", "magazine", "radio", "television", "tv", "channel", "website",
        "show", "station", "network",
    ]

    /// Past whom the words were for, "told [the BBC] the plan…", "told [reporters] the plan…": where the
    /// reported words begin.
    func afterAddressee(_ i: Int) -> Int {
        var j = i
        if j < tokens.count, ["the", "a", "an"].contains(tokens[j].lower) { j += 1 }
        let named = j
        while j < tokens.count, j - named < 6, tokens[j].isCapitalized || tokens[j].kind == .possessive || tokens[j].kind == .number { j += 1 }
        if j > named {
            // "told BBC Radio 4's Today programme", "told Reuters news agency".
            while j < tokens.count, j - named < 8, Self.mediaNouns.contains(tokens[j].lower) { j += 1 }
            return j
        }
        // One word: "him", "reporters", "the committee".
        return j < tokens.count && tokens[j].kind == .word && tokens[j].quoteDepth == 0 ? j + 1 : i
    }

    /// A speaker phrase without the lower-case words describing the name at its end: "retired general
    /// Jane Roe" → "Jane Roe". A function word stops it: "officials in Seoul" and "lawyers for Smith"
    /// are not Seoul or Smith.
    func withoutDescription(_ phrase: Range<Int>) -> Range<Int> {
        var np = phrase
        while np.count > 1, tokens[np.upperBound - 1].isCapitalized {
            let first = tokens[np.lowerBound]
            if first.kind == .number || first.isPunctuation("/") {
                np = (np.lowerBound + 1)..<np.upperBound
                continue
            }
            guard first.kind == .word, !first.isCapitalized, !Attribution.roleOpeners.contains(first.lower), !Lexicon.personalPronouns.contains(first.lower),
                !Lexicon.isFunctionWord(first.lower)
            else { break }
            np = (np.lowerBound + 1)..<np.upperBound
        }
        // Description that runs into a function word ("sources close to Putin") names no one.
        if np != phrase, !tokens[np.lowerBound].isCapitalized { return phrase }
        return np
    }

    /// The token after a short bracketed aside starting at `i` ("(D-Wis.)", "(R)"), if there is one.
    func afterBrackets(at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isPunctuation("(") else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 6, !tokens[j].isPunctuation(")") {
            if tokens[j].kind == .quote || tokens[j].endsSentence && !(j > 0 && tokens[j - 1].end == tokens[j].start) { return nil }
            j += 1
        }
        return j < tokens.count && tokens[j].isPunctuation(")") ? j + 1 : nil
    }

    /// Drops what follows the speaker phrase: "said Smith on Monday" → "Smith".
    func trimmedSpeaker(_ range: Range<Int>) -> Range<Int> {
        var end = range.lowerBound
        for i in range {
            let lower = tokens[i].lower
            if i > range.lowerBound, ["on", "in", "at", "yesterday", "today", "during", "after", "before", "while", "when", "told", "adding", "and", "to", "who"].contains(lower)
                || Lexicon.weekdays[lower] != nil || Lexicon.speechVerbs.contains(lower)
            {
                break
            }
            end = i + 1
        }
        return range.lowerBound..<end
    }
}
