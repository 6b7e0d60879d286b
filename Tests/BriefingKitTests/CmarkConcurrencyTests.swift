import Foundation
import Testing

@testable import BriefingKit

/// cmark-gfm keeps the characters that start an extension's inline syntax (`w` of `www.`, `:` of
/// `https:`) in one global table, added to and taken from as each parser finishes: parsers running at
/// once would lose each other's autolinks. Pages are rendered in parallel, so the renderer must not.
@Suite struct CmarkConcurrencyTests {
    @Test func parallelRenderingGivesTheSameAutolinks() async {
        let markdown = (0..<40).map { "Paragraph \($0) names www.example.org and https://example.com/\($0) in passing." }.joined(separator: "\n\n")
        let expected = CmarkRenderer().render(markdown).map(\.html)
        #expect(expected.allSatisfy { $0.contains("<a href=\"http://www.example.org\">") })
        let outputs = await Array(0..<400).concurrentMap(jobs: 4) { _ in CmarkRenderer().render(markdown).map(\.html) }
        #expect(outputs.filter { $0 != expected }.count == 0)
    }
}
