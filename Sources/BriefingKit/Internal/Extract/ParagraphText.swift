/// One paragraph, tokenized, with its quotation spans: what every extraction step reads.
struct ParagraphText: Sendable {
    let index: Int
    let isHeading: Bool
    let tokens: [Token]
    /// Top-level quotations, as token index ranges of the words inside the marks.
    let quotes: [QuoteSpan]
    private let scalars: [Unicode.Scalar]

    init(_ paragraph: Paragraph) {
        index = paragraph.index
        isHeading = paragraph.kind == .heading
        let tokenizer = Tokenizer(paragraph.text)
        scalars = tokenizer.scalars
        var tokens = tokenizer.tokenize()
        quotes = QuoteSpan.find(in: &tokens, scalars: tokenizer.scalars)
        self.tokens = tokens
    }

    /// The original text between two tokens, inclusive, with its spacing.
    func text(from first: Int, through last: Int) -> String {
        guard first <= last, first >= 0, last < tokens.count else { return "" }
        return text(scalarRange: tokens[first].start..<tokens[last].end)
    }

    func text(scalarRange: Range<Int>) -> String {
        String(scalars: scalars[scalarRange.clamped(to: 0..<scalars.count)])
    }

    var sentenceCount: Int { (tokens.last?.sentence ?? -1) + 1 }

    /// Token index ranges of each sentence.
    var sentenceRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > 0 && tokens[i].sentence != tokens[i - 1].sentence {
            ranges.append(start..<i)
            start = i
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }
}

/// A top-level quotation: the token range between its marks.
struct QuoteSpan: Sendable, Equatable {
    /// Index of the opening mark.
    var open: Int
    /// Index of the closing mark, or the token count when the paragraph ends first (BBC-style continuation).
    var close: Int
    var isClosed: Bool

    var inner: Range<Int> { (open + 1)..<close }

    private enum Family { case double, single, guillemet }

    /// Pairs the quotation marks of a paragraph, nested ones included, and records each token's depth.
    ///
    /// Typographic marks say which way they face; straight ones are read from the spacing around them,
    /// and apostrophes (don’t, the players’) are told apart from single quotes the same way.
    static func find(in tokens: inout [Token], scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        var stack: [(index: Int, family: Family, mark: Unicode.Scalar)] = []
        var spans: [QuoteSpan] = []
        var pairs: [(Int, Int)] = []
        for i in tokens.indices where tokens[i].kind == .quote {
            let mark = tokens[i].text.unicodeScalars.first!
            let before: Unicode.Scalar = tokens[i].start > 0 ? scalars[tokens[i].start - 1] : " "
            let after: Unicode.Scalar = tokens[i].end < scalars.count ? scalars[tokens[i].end] : " "
            let openContext = before.properties.isWhitespace || "([{\u{2013}\u{2014}-/\u{201C}\u{201E}\u{00AB}\"".unicodeScalars.contains(before)
            let closeContext = after.properties.isWhitespace || ".,;:!?)]}\u{2013}\u{2014}-\u{201D}\u{00BB}\"\u{2019}'…".unicodeScalars.contains(after)
            let family: Family
            var opens: Bool
            switch mark {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\"":
                family = .double
                let prefersOpen = mark == "\u{201C}" || mark == "\u{201E}" || mark == "\u{201F}"
                if openContext && !closeContext {
                    opens = true
                } else if closeContext && !openContext {
                    opens = false
                } else if mark == "\"" {
                    opens = !stack.contains(where: { $0.family == .double })
                } else {
                    opens = prefersOpen
                }
                // „…“ (German): the “ after an open „ closes it.
                if mark == "\u{201C}", let top = stack.last(where: { $0.family == .double }), top.mark == "\u{201E}", !openContext {
                    opens = false
                }
            case "\u{00AB}", "\u{2039}":
                family = .guillemet
                opens = true
            case "\u{00BB}", "\u{203A}":
                family = .guillemet
                opens = false
            default:
                family = .single
                // Single marks are quotes only where spacing says so; otherwise they are apostrophes.
                if openContext && !closeContext && (mark == "\u{2018}" || mark == "'" || mark == "\u{201A}") {
                    opens = true
                } else if closeContext && !openContext && stack.contains(where: { $0.family == .single }) {
                    opens = false
                } else {
                    continue
                }
            }
            if opens {
                stack.append((i, family, mark))
            } else if let at = stack.lastIndex(where: { $0.family == family }) {
                let opener = stack[at]
                stack.removeSubrange(at...)
                pairs.append((opener.index, i))
                if at == 0 { spans.append(QuoteSpan(open: opener.index, close: i, isClosed: true)) }
            }
        }
        // A quotation still open at the end of the paragraph runs to its end.
        if let first = stack.first, first.family != .single {
            spans.append(QuoteSpan(open: first.index, close: tokens.count, isClosed: false))
            for entry in stack.dropFirst() { pairs.append((entry.index, tokens.count)) }
            pairs.append((first.index, tokens.count))
        }
        spans.sort { $0.open < $1.open }
        for (open, close) in pairs {
            for j in (open + 1)..<max(open + 1, close) { tokens[j].quoteDepth += 1 }
        }
        return spans
    }
}
