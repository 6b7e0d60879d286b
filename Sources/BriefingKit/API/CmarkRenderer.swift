import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown through cmark-gfm, with the table, strikethrough, autolink and tagfilter
/// extensions, in safe mode: raw HTML in the Markdown is never passed through.
public struct CmarkRenderer: MarkdownRendering {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    public init() {
        // Registration is global and idempotent; doing it here keeps it off the concurrent paths.
        cmark_gfm_core_extensions_ensure_registered()
    }

    /// Held while a document is parsed. cmark-gfm keeps the characters that open an extension's inline
    /// syntax (`w` of `www.`, `:` of `https:`) in one global table, which every parser adds to and
    /// takes from as it finishes its inlines: two parsers at once lose each other's autolinks, and the
    /// same page would come out differently from build to build. Rendering the parsed tree to HTML
    /// reads no such state and runs in parallel.
    private static let parsing = NSLock()

    public func render(_ markdown: String) -> [RenderedBlock] {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var text = markdown
        Self.parsing.lock()
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let parsed = cmark_parser_finish(parser)
        Self.parsing.unlock()
        guard let document = parsed else { return [] }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        var blocks: [RenderedBlock] = []
        var node = cmark_node_first_child(document)
        while let current = node {
            var block = RenderedBlock(html: "")
            if let html = cmark_render_html(current, options, extensions) {
                block.html = String(cString: html)
                free(html)
            }
            if cmark_node_get_type(current) == CMARK_NODE_HEADING {
                block.headingLevel = Int(cmark_node_get_heading_level(current))
                block.headingText = Self.plainText(current)
            }
            blocks.append(block)
            node = cmark_node_next(current)
        }
        return blocks
    }

    /// The text content of a node, without markup.
    static func plainText(_ node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let current = cmark_iter_get_node(iterator)
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                out += String(cString: literal)
            }
        }
        return out
    }
}
