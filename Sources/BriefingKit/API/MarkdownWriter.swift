import Yams

/// Write Markdown: the briefing as a GitHub-flavoured Markdown page (`index.md`), the page the HTML is
/// rendered from.
///
/// Every piece of article text is escaped, so that what an article says is shown, never interpreted.
public struct MarkdownWriter: Sendable {
    /// Where an actor's own page is, as a link from the briefing page; nil for no link.
    public var actorLink: @Sendable (_ name: String, _ kind: Actor.Kind) -> String?

    public init(actorLink: @escaping @Sendable (_ name: String, _ kind: Actor.Kind) -> String? = { _, _ in nil }) {
        self.actorLink = actorLink
    }

    /// The whole page: YAML front matter, then the body.
    public func write(_ briefing: Briefing) -> String {
        frontMatter(briefing.article) + "\n" + body(briefing)
    }

    /// The page without front matter: the Summary, Quotes, Timeline, Actors and Source sections. The Source
    /// section ends with exactly one block per article paragraph, in order.
    public func body(_ briefing: Briefing) -> String {
        var out = "## Summary\n\n"
        if briefing.summary.isEmpty {
            out += "_No summary could be extracted._\n"
        } else {
            out += briefing.summary.map { Self.escape($0) }.joined(separator: " ") + "\n"
        }

        out += "\n## Quotes\n\n"
        if briefing.quotes.isEmpty { out += "_No direct quotes._\n" }
        for quote in briefing.quotes {
            out += "> " + Self.escape(quote.text) + "\n>\n"
            out += credit(quote)
            out += Self.paragraphLink(quote.paragraph, in: briefing.article, prefix: " (", suffix: ")") + "\n\n"
        }
        if !briefing.quotes.isEmpty { out.removeLast() }

        out += "\n## Timeline\n\n"
        if briefing.timeline.isEmpty {
            out += "_No dated events._\n"
        } else {
            out += "| Date | Event | Source |\n|---|---|---|\n"
            for entry in briefing.timeline {
                out += "| \(entry.date) | \(Self.cell(entry.event)) | \(Self.paragraphLink(entry.paragraph, in: briefing.article)) |\n"
            }
        }

        out += "\n## Actors\n\n"
        if briefing.actors.isEmpty {
            out += "_No actors found._\n"
        } else {
            out += "| Name | Kind | Role | Also called | Mentions | First named |\n|---|---|---|---|---|---|\n"
            for actor in briefing.actors {
                let aliases = actor.aliases.map(Self.cell).joined(separator: ", ")
                var name = Self.cell(actor.name)
                if let link = actorLink(actor.name, actor.kind) { name = "[\(name)](\(link))" }
                let first = actor.paragraph.map { Self.paragraphLink($0, in: briefing.article) } ?? ""
                out += "| \(name) | \(actor.kind.rawValue) | \(actor.role.map(Self.cell) ?? "") | \(aliases) | \(actor.mentions) | \(first) |\n"
            }
        }

        out += "\n## Source\n\n"
        let article = briefing.article
        var origin: [String] = []
        if let outlet = article.outlet { origin.append(Self.escape(outlet)) }
        if let place = article.place { origin.append(Self.escape(place)) }
        if let date = article.date { origin.append(date.iso) }
        if let url = article.url, Self.isSafeLink(url) { origin.append("<\(url)>") }
        if !origin.isEmpty { out += "_" + origin.joined(separator: " · ") + "_\n\n" }
        for paragraph in article.paragraphs {
            let text = Self.escape(paragraph.text)
            out += (paragraph.kind == .heading ? "### " + text : text) + "\n\n"
        }
        out.removeLast()
        return out
    }

    /// "[¶3](#p-2)": a link to the source paragraph, when the article has it.
    static func paragraphLink(_ index: Int, in article: Article, prefix: String = "", suffix: String = "") -> String {
        guard index >= 0, index < article.paragraphs.count else { return "" }
        return "\(prefix)[¶\(index + 1)](#p-\(index))\(suffix)"
    }

    /// "— **Maria Zakharova**, _emphasized_", "— according to **Maria Zakharova**".
    func credit(_ quote: Quote) -> String {
        guard let speaker = quote.speaker else { return "> — _unattributed_" }
        var name = "**\(Self.escape(speaker))**"
        if let link = actorLink(speaker, .person) { name = "[\(name)](\(link))" }
        switch quote.cue {
        case "according to"?: return "> — according to " + name
        case nil, "said"?, "says"?, "say"?: return "> — " + name
        case let cue?: return "> — \(name), _\(Self.escape(cue))_"
        }
    }

    private func frontMatter(_ article: Article) -> String {
        // Every scalar is a string, and says so: left implicit, Yams would work out each one's type with
        // regular expressions, a tenth of a briefing page's time, only to leave the tag out of the text.
        func scalar(_ text: String, _ style: Node.Scalar.Style = .any) -> Node { Node(text, Tag(.str), style) }
        var fields: [(String, Node)] = [("title", scalar(article.title, .doubleQuoted)), ("slug", scalar(article.slug))]
        if let date = article.date { fields.append(("date", scalar(date.iso))) }
        if let place = article.place { fields.append(("place", scalar(place, .doubleQuoted))) }
        if let outlet = article.outlet { fields.append(("source", scalar(outlet, .doubleQuoted))) }
        if let url = article.url { fields.append(("url", scalar(url, .doubleQuoted))) }
        if !article.tags.isEmpty { fields.append(("tags", Node(article.tags.map { scalar($0, .doubleQuoted) }, .implicit, .flow))) }
        let mapping = Node(fields.map { (scalar($0.0), $0.1) })
        let yaml = (try? Yams.serialize(node: mapping, width: -1, allowUnicode: true)) ?? "title: \"\"\n"
        return "---\n" + yaml + "---\n"
    }

    /// Backslash-escapes every ASCII punctuation sign that Markdown could read as syntax.
    static func escape(_ text: String) -> String {
        // Every character that changes is ASCII: the bytes of the rest pass through in runs.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
                UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "$"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        var out = String(decoding: bytes, as: UTF8.self)
        // A paragraph that starts like a list item, a heading or a rule must stay a paragraph.
        if let first = out.unicodeScalars.first, "-+=".unicodeScalars.contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String { escape(text) }

    static func isSafeLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.contains(">") && !url.contains(" ")
    }
}
