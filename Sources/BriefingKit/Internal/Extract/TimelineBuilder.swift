/// Turns date mentions into dated events: the clause around each date, without the date itself.
struct TimelineBuilder: Sendable {
    struct Dated: Sendable {
        var paragraph: ParagraphText
        var found: DateFinder.Found
    }

    func build(_ dated: [Dated]) -> [TimelineEntry] {
        var entries: [(PartialDate, TimelineEntry, Int)] = []
        var seen: Set<String> = []
        for (order, item) in dated.enumerated() {
            guard let value = item.found.value else { continue }
            let event = self.event(around: item.found.tokens, in: item.paragraph)
            guard !event.isEmpty else { continue }
            // One entry per event: the same date in the same sentence is the same event.
            let sentence = item.paragraph.tokens[item.found.tokens.lowerBound].sentence
            let key = "\(value.iso)|\(item.paragraph.index)|\(sentence)"
            guard seen.insert(key).inserted else { continue }
            entries.append((value, TimelineEntry(date: value.iso, event: event, paragraph: item.paragraph.index), order))
        }
        entries.sort { a, b in a.0 == b.0 ? a.2 < b.2 : a.0 < b.0 }
        return entries.map(\.1)
    }

    /// The clause holding the date, grown to at least six words, at most twenty-four.
    func event(around date: Range<Int>, in paragraph: ParagraphText) -> String {
        let tokens = paragraph.tokens
        // The sentence around the date, but no further than the words an event can keep: a sentence of
        // thousands of tokens must not make every date in it cost a pass over all of them.
        let sentence = tokens[date.lowerBound].sentence
        let window = 64
        var lower = date.lowerBound
        while lower > 0, date.lowerBound - lower < window, tokens[lower - 1].sentence == sentence { lower -= 1 }
        var upper = date.upperBound
        while upper < tokens.count, upper - date.upperBound < window, tokens[upper].sentence == sentence { upper += 1 }
        let range = lower..<upper
        var start = date.lowerBound
        var end = date.upperBound
        // A date in brackets dates what stands before the brackets.
        if start > range.lowerBound, tokens[start - 1].isPunctuation("(") {
            end = start - 1
            start = range.lowerBound
            return clean(paragraph, Array(start..<end).filter { !date.contains($0) }, limitFromEnd: false)
        }
        func isBoundary(_ t: Token) -> Bool {
            t.isPunctuation(",") || t.isPunctuation(";") || t.isPunctuation(":") || t.kind == .dash
        }
        while start > range.lowerBound, !isBoundary(tokens[start - 1]) { start -= 1 }
        while end < range.upperBound, !isBoundary(tokens[end]) { end += 1 }
        func wordCount() -> Int { (start..<end).filter { tokens[$0].kind == .word && !date.contains($0) }.count }
        while wordCount() < 6 {
            if end < range.upperBound {
                end += 1
                while end < range.upperBound, !isBoundary(tokens[end]) { end += 1 }
            } else if start > range.lowerBound {
                start -= 1
                while start > range.lowerBound, !isBoundary(tokens[start - 1]) { start -= 1 }
            } else {
                break
            }
        }
        let dateAtEnd = date.upperBound >= end - 1
        return clean(paragraph, Array(start..<end).filter { !date.contains($0) }, limitFromEnd: dateAtEnd)
    }

    private func clean(_ paragraph: ParagraphText, _ indices: [Int], limitFromEnd: Bool) -> String {
        let tokens = paragraph.tokens
        var kept = indices.filter { tokens[$0].kind != .quote }
        let limit = 24
        let words = kept.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        var truncatedStart = false
        var truncatedEnd = false
        if words.count > limit {
            if limitFromEnd {
                let cut = words[words.count - limit]
                kept = kept.filter { $0 >= cut }
                truncatedStart = true
            } else {
                let cut = words[limit - 1]
                kept = kept.filter { $0 <= cut }
                truncatedEnd = true
            }
        }
        while let first = kept.first, tokens[first].kind != .word && tokens[first].kind != .number && !tokens[first].isPunctuation("(") { kept.removeFirst() }
        while let last = kept.last, tokens[last].kind != .word && tokens[last].kind != .number && !tokens[last].isPunctuation(")") { kept.removeLast() }
        while let first = kept.first, ["and", "but", "that", "while", "or", "which"].contains(tokens[first].lower) { kept.removeFirst() }
        guard !kept.isEmpty else { return "" }
        var text = ""
        var previous: Int?
        for index in kept {
            if let previous, tokens[previous].end < tokens[index].start || index != previous + 1 {
                if !(tokens[index].kind == .punctuation && [",", ".", ")", ";", ":"].contains(tokens[index].text)) && !(tokens[previous].isPunctuation("(")) {
                    text += " "
                }
            }
            text += tokens[index].text
            previous = index
        }
        text = text.replacingOccurrences(of: " ,", with: ",")
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        if truncatedStart { text = "… " + text }
        if truncatedEnd { text += " …" }
        return text
    }
}
