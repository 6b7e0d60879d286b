import ArgumentParser
import BriefingKit

/// The folders and settings every command that builds a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder.")
    var root: String = "."

    @Option(name: .long, help: "Articles folder (default: ROOT/content).")
    var content: String?

    @Option(name: .long, help: "Templates folder (default: ROOT/Templates).")
    var templates: String?

    @Option(name: .long, help: "Output folder (default: ROOT/public).")
    var output: String?

    @Option(name: .long, help: "Site config file (default: ROOT/content/_config.yaml).")
    var config: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at, such as https://example.org/news/.")
    var baseURL: String?

    @Option(name: .long, help: "Articles and pages worked on at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var build: BuildOptions {
        BuildOptions(root: root, content: content, templates: templates, output: output, config: config, baseURL: baseURL, jobs: jobs)
    }
}
