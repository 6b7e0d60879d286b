import BriefingKit

/// Any article through the Markdown writer and cmark-gfm: the page must never carry raw HTML from the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let paragraphs = text.split(separator: "\n").enumerated().map { Paragraph(index: $0.offset, text: String($0.element)) }
    let article = Article(source: "fuzz.txt", slug: "fuzz", title: String(text.prefix(80)), paragraphs: paragraphs)
    let briefing = Briefing(
        article: article, summary: paragraphs.prefix(2).map(\.text),
        quotes: paragraphs.prefix(3).map { Quote(text: $0.text, speaker: $0.text, cue: "said", paragraph: $0.index) },
        dates: [], timeline: paragraphs.prefix(2).map { TimelineEntry(date: "2016-02-11", event: $0.text, paragraph: $0.index) },
        actors: paragraphs.prefix(2).map { Actor(name: $0.text, kind: .person, role: $0.text, aliases: [$0.text]) })
    let markdown = MarkdownWriter().write(briefing)
    let html = CmarkRenderer().render(MarkdownWriter().body(briefing)).map(\.html).joined()
    if html.contains("<script") || html.contains("<img") || html.contains("<iframe") { fatalError("raw HTML reached the page") }
    _ = markdown
    return 0
}
