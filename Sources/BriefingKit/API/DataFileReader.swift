import Foundation

/// Ingest for pre-extracted data: a `.json` or `.yaml` file in the contract's shape (what
/// `briefing extract --json` prints, or what any other tool writes) becomes a briefing without extraction.
public struct DataFileReader: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    static let knownKeys: Set<String> = [
        "source", "title", "date", "place", "summary", "quotes", "dates", "timeline", "actors", "slug", "outlet", "url",
        "tags", "paragraphs", "text",
    ]

    /// Parses the file; an invalid field is an error naming its line and column.
    public func read(bytes: [UInt8]) throws(Diagnostic) -> (briefing: Briefing, diagnostics: [Diagnostic]) {
        let source = try SourceText(bytes: bytes, path: path)
        var diagnostics = source.diagnostics
        // JSON is YAML, so one parser gives both formats line and column numbers.
        let fields = try YAMLValue.parseMapping(source.text, path: path, lineOffset: 0)
        let reader = ContractReader(path: path)
        for key in fields.keys.sorted() where !Self.knownKeys.contains(key) {
            diagnostics.append(.warning("unknown field '\(key)' is ignored", step: "ingest", path: path, line: fields[key]!.line, column: fields[key]!.column))
        }
        let root = YAMLValue(value: .map(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }), line: 1, column: 1)
        guard let title = try reader.string(fields["title"], "title", required: true, in: root) else {
            throw .error("missing field 'title'", step: "ingest", path: path, line: 1, column: 1)
        }
        var date: PartialDate?
        if let text = try reader.string(fields["date"], "date"), !text.isEmpty {
            guard let parsed = PartialDate(iso: text) else {
                throw reader.fail("'date' must be an ISO 8601 date such as 2016-02-10 or --02-10, found '\(text)'", fields["date"]!)
            }
            date = parsed
        }
        var slug = Slug.make(from: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        if let given = try reader.string(fields["slug"], "slug") {
            if let problem = Slug.problem(with: given) { throw reader.fail("\(problem): '\(given)'", fields["slug"]!) }
            slug = given
        }
        var tags: [String] = []
        for tag in try reader.list(fields["tags"], "tags") ?? [] { if let s = try reader.string(tag, "tags") { tags.append(s) } }
        var paragraphs: [Paragraph] = []
        if let items = try reader.list(fields["paragraphs"], "paragraphs") {
            for item in items { if let s = try reader.string(item, "paragraphs") { paragraphs.append(Paragraph(index: paragraphs.count, text: s, line: item.line)) } }
        } else if let text = try reader.string(fields["text"], "text") {
            for block in text.components(separatedBy: "\n\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                paragraphs.append(Paragraph(index: paragraphs.count, text: block.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        let article = Article(
            source: path, slug: slug, title: title, date: date, place: try reader.string(fields["place"], "place"),
            outlet: try reader.string(fields["outlet"], "outlet"), url: try reader.string(fields["url"], "url"), tags: tags,
            paragraphs: paragraphs)
        let briefing = Briefing(
            article: article, summary: try reader.summary(fields["summary"]) ?? [], quotes: try reader.quotes(fields["quotes"]) ?? [],
            dates: try reader.dates(fields["dates"]) ?? [], timeline: try reader.timeline(fields["timeline"]) ?? [],
            actors: try reader.actors(fields["actors"]) ?? [])
        diagnostics += Self.checkParagraphs(briefing, path: path)
        return (briefing, diagnostics)
    }

    /// Links to paragraphs that the data does not have would be broken; they are reported, not followed.
    static func checkParagraphs(_ briefing: Briefing, path: String) -> [Diagnostic] {
        let count = briefing.article.paragraphs.count
        let referenced = briefing.quotes.map(\.paragraph) + briefing.timeline.map(\.paragraph)
        guard let bad = referenced.first(where: { $0 >= count }), count > 0 || referenced.contains(where: { $0 > 0 }) else { return [] }
        return [.warning("paragraph \(bad) is referenced but the data has \(count) paragraphs; such links point to the top of the page", step: "ingest", path: path)]
    }
}
