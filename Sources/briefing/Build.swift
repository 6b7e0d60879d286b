import ArgumentParser
import BriefingKit
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the site: reads content/, writes public/.")

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

    @Flag(name: .long, help: "Print the time each step took.")
    var timings = false

    func run() async throws {
        let options = BuildOptions(root: root, content: content, templates: templates, output: output, config: config, baseURL: baseURL)
        let started = Date()
        do {
            let report = try await SiteBuilder(options: options).build()
            for diagnostic in report.diagnostics { Terminal.printError(diagnostic.description) }
            if timings {
                for (step, seconds) in report.timings { Terminal.printError(String(format: "%@: %.3f s", step, seconds)) }
            }
            let elapsed = Date().timeIntervalSince(started)
            print(String(format: "Built %d briefings, %d files, in %@ (%.2f s)", report.articles, report.pages, options.outputPath, elapsed))
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.description) }
            Terminal.printError("error: build failed with \(error.errors.count) error(s); \(options.outputPath) was left as it was")
            throw ExitCode(1)
        }
    }
}
