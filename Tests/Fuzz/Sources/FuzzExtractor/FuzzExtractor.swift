import BriefingKit

/// Any text as an article body: extraction must finish with a briefing whose references stay in range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let bytes = Array(("---\ndate: 2016-02-10\n---\n" + text).utf8)
    guard let (article, _) = try? ArticleLoader().parse(bytes: bytes, path: "fuzz.txt") else { return 0 }
    let briefing = Extractor().extract(article)
    let count = article.paragraphs.count
    for quote in briefing.quotes where quote.paragraph < 0 || quote.paragraph >= count { fatalError("quote outside the article") }
    for entry in briefing.timeline where PartialDate(iso: entry.date) == nil { fatalError("timeline date \(entry.date) is not ISO") }
    _ = briefing.contractJSON()
    return 0
}
