import ArgumentParser
import BriefingKit
import Foundation

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a built site: every internal link and anchor must lead somewhere.")

    @Option(name: .long, help: "The site folder.")
    var root: String = "."

    @Option(name: .long, help: "The built site (default: ROOT/public).")
    var output: String?

    @Option(name: .long, help: "Site config file (default: ROOT/content/_config.yaml), for its base URL.")
    var config: String?

    @Option(name: .customLong("base-url"), help: "The base URL the site was built with, if not the config's.")
    var baseURL: String?

    func run() async throws {
        let options = BuildOptions(root: root, output: output, config: config, baseURL: baseURL)
        do {
            let base = try options.effectiveBaseURL()
            let report = try SiteChecker(output: options.outputPath, baseURL: base).check()
            for problem in report.problems { Terminal.printError(problem.description) }
            if report.problems.isEmpty {
                print("Checked \(report.links) links in \(report.files) files: none broken")
            } else {
                Terminal.printError("error: \(report.problems.count) broken link(s) in \(options.outputPath)")
                throw ExitCode(1)
            }
        } catch let diagnostic as Diagnostic {
            Terminal.printError(diagnostic.description)
            throw ExitCode(1)
        }
    }
}
