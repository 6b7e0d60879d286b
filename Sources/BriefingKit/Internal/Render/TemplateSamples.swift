import Foundation

/// The data every template receives, shown by building a small site whose articles have every
/// optional field, through a renderer that records instead of rendering.
enum TemplateSamples {
    final class Recorder: TemplateRendering, @unchecked Sendable {
        private let lock = NSLock()
        private var contexts: [String: TemplateValue] = [:]

        func render(_ template: String, _ context: TemplateValue) throws(Diagnostic) -> String {
            lock.lock()
            defer { lock.unlock() }
            contexts[template] = contexts[template].map { TemplateLinter.union($0, context) } ?? context
            return ""
        }

        var recorded: [String: TemplateValue] {
            lock.lock()
            defer { lock.unlock() }
            return contexts
        }
    }

    static func contexts(config: SiteConfig) async -> [String: TemplateValue] {
        let recorder = Recorder()
        var withBase = config
        withBase.pageSize = 1
        var samples: [String: TemplateValue] = [:]
        // Both kinds of site: relative links, and absolute ones with feeds.
        // Both kinds of timeline too: one page, and a page per year.
        for (base, timelineLimit) in [(nil, 2000), ("https://example.org/sample/", 0)] as [(String?, Int)] {
            withBase.baseURL = base
            var assembler = SiteAssembler(config: withBase, markdown: CmarkRenderer(), templates: recorder, assets: [])
            assembler.timelinePageLimit = timelineLimit
            _ = try? await assembler.assemble(sampleBriefings())
        }
        samples = recorder.recorded
        // The layout sees what any page sees.
        if let union = TemplateLinter.union(Array(samples.values)) { samples["base"] = union }
        return samples
    }

    static func sampleBriefings() -> [Briefing] {
        let paragraphs = [Paragraph(index: 0, text: "Sample paragraph."), Paragraph(index: 1, text: "Second paragraph.")]
        func article(_ slug: String, _ day: Int) -> Article {
            Article(
                source: "sample/\(slug).md", slug: slug, title: "Sample \(slug)", date: PartialDate(year: 2020, month: 1, day: day), place: "Place",
                outlet: "Outlet", url: "https://example.org/\(slug)", tags: ["sample", "other"], paragraphs: paragraphs)
        }
        let actors = [
            Actor(name: "Ann Sample", kind: .person, role: "spokeswoman", aliases: ["Sample"], mentions: 2, paragraph: 0),
            Actor(name: "Sample Agency", kind: .organization, role: nil, aliases: ["SA"], mentions: 1, paragraph: 1),
            Actor(name: "Sampleton", kind: .place, mentions: 1, paragraph: 1),
        ]
        return (1...2).map { n in
            Briefing(
                article: article("s\(n)", n), summary: ["Sample summary."],
                quotes: [Quote(text: "A sample quote here.", speaker: "Ann Sample", cue: "said", paragraph: 0)],
                dates: [DateMention(text: "on 1 January", value: "2020-01-01", paragraph: 0)],
                timeline: [TimelineEntry(date: "2020-01-01", event: "Sample event", paragraph: 0), TimelineEntry(date: "--02-03", event: "Partial", paragraph: 1)],
                actors: actors)
        }
    }
}
