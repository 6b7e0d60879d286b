import Foundation

/// Ingest: reads one article file into an `Article`, collecting warnings; throws the first error that
/// makes the file unusable.
struct ArticleReader: Sendable {
    var path: String

    struct Result: Sendable {
        var article: Article
        var diagnostics: [Diagnostic]
    }

    func read(bytes: [UInt8]) throws(Diagnostic) -> Result {
        let source = try SourceText(bytes: bytes, path: path)
        var diagnostics = source.diagnostics
        let front = try FrontMatter.split(source.text, path: path)
        let fields = front.fields

        for key in fields.keys.sorted() where !FrontMatter.knownKeys.contains(key) {
            let value = fields[key]!
            diagnostics.append(
                .warning("unknown front matter key '\(key)' is ignored", step: "ingest", path: path, line: value.line, column: 1))
        }

        var body = front.body
        if body.utf8.count > Self.maxBodyBytes {
            let (kept, lines) = Self.cut(body, toAtMost: Self.maxBodyBytes)
            diagnostics.append(
                .warning(
                    "the article body is \(Self.megabytes(body.utf8.count)) long; only its first \(Self.megabytes(kept.utf8.count)) "
                        + "(to line \(front.bodyLine + lines - 1)) is read", step: "ingest", path: path, line: front.bodyLine + lines, column: 1))
            body = kept
        }
        var blocks = Self.blocks(of: body, firstLine: front.bodyLine, markdown: path.hasSuffix(".md"))
        var title = try string(fields["title"], key: "title")
        if title == nil || title?.isEmpty == true, let first = blocks.first {
            // Without a title in the front matter, the first line is the title when it reads like a headline;
            // a text that starts straight with its story keeps it, and the title is made from it.
            let lines = Self.firstLine(of: first.text)
            let line = Self.stripHeadingMarks(String(lines[0]))
            if Self.looksLikeHeadline(line) || first.text.hasPrefix("#") {
                title = line
                if lines.count > 1 {
                    blocks[0] = DebrisFilter.Block(text: String(lines[1]), line: first.line + 1)
                } else {
                    blocks.removeFirst()
                }
            } else {
                title = Self.titleFromText(line)
            }
        }
        let finalTitle = (title ?? "").trimmingSpaces()
        // Scraped pages repeat the headline; drop copies of it at the top of the body.
        let titleKey = Self.comparable(finalTitle)
        while let first = blocks.first, !titleKey.isEmpty {
            if Self.comparable(Self.stripHeadingMarks(first.text)) == titleKey {
                blocks.removeFirst()
                continue
            }
            // The headline on a line of its own above the story, with no blank line after it.
            let lines = Self.firstLine(of: first.text)
            guard lines.count > 1, Self.comparable(Self.stripHeadingMarks(String(lines[0]))) == titleKey else { break }
            blocks[0] = DebrisFilter.Block(text: String(lines[1]), line: first.line + 1)
        }
        blocks = DebrisFilter.filter(blocks)

        var date = try parseDate(fields["date"])
        var place = try string(fields["place"], key: "place")
        var paragraphs: [Paragraph] = []
        for block in blocks {
            var lines = block.text.lines(omittingEmpty: true).map { $0.trimmingSpaces() }
            var bylineLines = 0
            var text = lines.joined(separator: " ")
            var kind: Paragraph.Kind = Self.looksLikeHeading(text) ? .heading : .text
            if block.text.hasPrefix("#") {
                text = Self.stripHeadingMarks(text)
                kind = .heading
            }
            if paragraphs.isEmpty, kind == .text, let (byline, dateline) = Self.dateline(in: lines) {
                if place == nil { place = dateline.place }
                if date == nil { date = dateline.date }
                if byline > 0 {
                    let bylineText = lines[..<byline].joined(separator: " ")
                    paragraphs.append(
                        Paragraph(index: 0, text: bylineText, kind: Self.looksLikeHeading(bylineText) ? .heading : .text, line: block.line))
                    lines.removeFirst(byline)
                }
                text = String(String.UnicodeScalarView(lines.joined(separator: " ").unicodeScalars.dropFirst(dateline.length)))
                bylineLines = byline
            }
            guard !text.isEmpty else { continue }
            paragraphs.append(Paragraph(index: paragraphs.count, text: text, kind: kind, line: block.line + bylineLines))
        }
        if paragraphs.isEmpty {
            diagnostics.append(.warning("the article has no body text", step: "ingest", path: path))
        }

        let slug: String
        if let given = try string(fields["slug"], key: "slug") {
            if let problem = Slug.problem(with: given) {
                let value = fields["slug"]!
                throw .error("\(problem): '\(given)'", step: "ingest", path: path, line: value.line, column: value.column)
            }
            slug = given
        } else {
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            slug = Slug.make(from: stem.isEmpty ? finalTitle : stem)
        }

        let article = Article(
            source: path,
            slug: slug,
            title: finalTitle.isEmpty ? slug : finalTitle,
            date: date,
            place: place,
            outlet: try string(fields["source"], key: "source"),
            url: try string(fields["url"], key: "url"),
            tags: try tags(fields["tags"]),
            paragraphs: paragraphs,
            overrides: try ContractReader(path: path).overrides(fields)
        )
        return Result(article: article, diagnostics: diagnostics)
    }

    // MARK: Fields

    private func string(_ value: YAMLValue?, key: String) throws(Diagnostic) -> String? {
        guard let value else { return nil }
        guard let s = value.string else {
            throw .error("'\(key)' must be text", step: "ingest", path: path, line: value.line, column: value.column)
        }
        return s.isEmpty ? nil : s
    }

    private func tags(_ value: YAMLValue?) throws(Diagnostic) -> [String] {
        guard let value else { return [] }
        if let s = value.string {
            return s.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        guard let list = value.list else {
            throw .error("'tags' must be a list of text", step: "ingest", path: path, line: value.line, column: value.column)
        }
        var out: [String] = []
        for item in list {
            guard let s = item.string else {
                throw .error("each tag must be text", step: "ingest", path: path, line: item.line, column: item.column)
            }
            if !s.isEmpty, !out.contains(s) { out.append(s) }
        }
        return out
    }

    private func parseDate(_ value: YAMLValue?) throws(Diagnostic) -> PartialDate? {
        guard let value else { return nil }
        guard var text = value.string else {
            throw .error("'date' must be a date such as 2016-02-10", step: "ingest", path: path, line: value.line, column: value.column)
        }
        if text.isEmpty { return nil }
        // A timestamp keeps its calendar day: 2016-02-10T09:30:00Z → 2016-02-10.
        if text.count > 10, let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            text = String(text[..<t])
        }
        guard let date = PartialDate(iso: text), date.year != nil, date.week == nil else {
            throw .error(
                "'date' must be written YYYY-MM-DD (or YYYY-MM, YYYY), found '\(value.string ?? "")'", step: "ingest",
                path: path, line: value.line, column: value.column)
        }
        return date
    }

    // MARK: Body

    /// The dateline of the first block, on its first line or after a byline of a line or two
    /// ("Larisa Sayenko" / "MINSK 1996-08-30"), with the number of byline lines before it.
    static func dateline(in lines: [String]) -> (Int, Dateline)? {
        for byline in 0..<min(3, lines.count) {
            if byline > 0 {
                // A byline is a name or two, not a sentence.
                let line = lines[byline - 1]
                guard line.split(separator: " ").count <= 6, !DebrisFilter.endsLikeSentence(line) else { return nil }
            }
            if let dateline = Dateline.parse(lines[byline...].joined(separator: " ")),
                dateline.length <= lines[byline].unicodeScalars.count + 1 || byline == 0
            {
                return (byline, dateline)
            }
        }
        return nil
    }

    /// The longest body read, in bytes. Long-form journalism runs to a few hundred kilobytes; a body
    /// past a mebibyte is a dump or a mistake, and reading all of it would stall the whole build.
    static let maxBodyBytes = 1 << 20

    /// The text up to the last paragraph break (or line break, or space) within `limit` bytes, and the
    /// number of lines it spans.
    static func cut(_ text: String, toAtMost limit: Int) -> (String, Int) {
        let bytes = Array(text.utf8.prefix(limit))
        var end = bytes.count
        // Never split a character: step back to the start of a UTF-8 sequence.
        while end > 0, end < text.utf8.count, bytes[end - 1] & 0xC0 == 0x80 || bytes[end - 1] >= 0xC0 { end -= 1 }
        for separator in [[UInt8(ascii: "\n"), UInt8(ascii: "\n")], [UInt8(ascii: "\n")], [UInt8(ascii: " ")]] {
            var i = end - separator.count
            while i > end / 2, !bytes[i..<(i + separator.count)].elementsEqual(separator) { i -= 1 }
            if i > end / 2 {
                end = i
                break
            }
        }
        let kept = String(decoding: bytes[..<end], as: UTF8.self)
        return (kept, bytes[..<end].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
    }

    static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    static func blocks(of body: String, firstLine: Int, markdown: Bool) -> [DebrisFilter.Block] {
        var blocks: [DebrisFilter.Block] = []
        var current: [Substring] = []
        var start = firstLine
        var line = firstLine
        func flush() {
            if !current.isEmpty {
                blocks.append(DebrisFilter.Block(text: current.joined(separator: "\n"), line: start))
                current.removeAll()
            }
        }
        for raw in body.lines() {
            let trimmed = raw.trimmingSpaces()
            if trimmed.isEmpty {
                flush()
            } else {
                if current.isEmpty { start = line }
                // A Markdown heading is a block of its own even without blank lines around it.
                if markdown && trimmed.hasPrefix("#") {
                    flush()
                    start = line
                    current.append(Substring(trimmed))
                    flush()
                } else {
                    current.append(Substring(trimmed))
                }
            }
            line += 1
        }
        flush()
        return blocks
    }

    /// The first line and, when there is more, the rest: `split(separator: "\n", maxSplits: 1)`.
    static func firstLine(of text: String) -> [Substring] {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return [text[...]] }
        let rest = text[text.utf8.index(after: newline)...]
        return rest.isEmpty ? [text[..<newline]] : [text[..<newline], rest]
    }

    static func stripHeadingMarks(_ text: String) -> String {
        var s = Substring(text)
        while s.hasPrefix("#") { s = s.dropFirst() }
        return s.trimmingSpaces()
    }

    /// Case, spacing and punctuation do not make a repeated headline different.
    static func comparable(_ text: String) -> String {
        // ASCII, the usual case, needs no Unicode properties: its letters and digits, lowercased.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    /// A line of at most twenty words that does not end like a sentence, or a short one that does.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words > 0, words <= 20 else { return false }
        return !DebrisFilter.endsLikeSentence(line) || words <= 12
    }

    /// The first words of a text, as a title for an article that has none.
    static func titleFromText(_ text: String) -> String {
        let words = text.split(separator: " ")
        let cut = words.prefix(12).joined(separator: " ")
        return words.count > 12 ? cut + "…" : cut
    }

    /// A short line without closing punctuation: a subheading, not a sentence.
    static func looksLikeHeading(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase, !DebrisFilter.endsLikeSentence(text) else { return false }
        // At most twelve words, counted by the spaces between them, without splitting the paragraph.
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 12 { return false }
            }
        }
        return true
    }
}
