import ArgumentParser
import BriefingKit
import Foundation

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a built site: every internal link and anchor must lead somewhere.")

    /// The same options as `build`, so a build command becomes its check by changing the verb.
    @OptionGroup var site: SiteOptions

    func run() async throws {
        let options = site.build
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
