import Mustache
import Testing

@testable import BriefingKit

/// The templates' escaping by bytes is swift-mustache's escaping, byte for byte, on any text whose
/// special characters are not joined to combining marks (where escaping by bytes is the stricter).
@Suite struct FastHTMLTests {
    @Test func escapesAsSwiftMustacheDoes() throws {
        FastHTML.register()
        let library = try MustacheTemplate(string: "{{x}}")
        let fast = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(FastHTML.name) }}\n{{x}}")
        let texts = [
            "", "plain", "<script>alert('x')</script>", "a & b \"quoted\" 'single'", "Захарова «цитата» & <b>",
            "emoji 👩‍👩‍👧 <", "&amp; already", "\u{0}<\u{7F}>", String(repeating: "<&>", count: 1000),
        ]
        for text in texts {
            #expect(fast.render(["x": text]) == library.render(["x": text]), "\(text)")
        }
        #expect(FastHTML.escape("e\u{301}\"") == "e\u{301}&quot;")
    }
}
