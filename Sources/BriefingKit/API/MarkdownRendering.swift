/// The seam between Briefing and a Markdown engine: Markdown in, HTML blocks out.
public protocol MarkdownRendering: Sendable {
    /// Renders Markdown (without front matter) as its top-level blocks, in order.
    func render(_ markdown: String) -> [RenderedBlock]
}

/// One top-level block of rendered Markdown: a paragraph, heading, table, list, quote…
public struct RenderedBlock: Sendable, Equatable {
    public var html: String
    /// 1–6 for headings, nil for other blocks.
    public var headingLevel: Int?
    /// The plain text of a heading.
    public var headingText: String?

    public init(html: String, headingLevel: Int? = nil, headingText: String? = nil) {
        self.html = html
        self.headingLevel = headingLevel
        self.headingText = headingText
    }
}
