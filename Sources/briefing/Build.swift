import ArgumentParser
import BriefingKit
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the site: reads content/, writes public/.")

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Print the time each step took.")
    var timings = false

    @Flag(name: .long, help: "Build everything afresh, even when no input changed since the output was written, without the build cache.")
    var force = false

    @Flag(name: .long, help: "Neither read nor write the build cache (.briefing-cache): extract every article and write every file.")
    var noCache = false

    @Option(name: .long, help: "The build cache folder (default: .briefing-cache in the site folder).")
    var cacheDir: String?

    func run() async throws {
        var options = site.build
        options.force = force
        options.usesCache = !noCache
        options.cache = cacheDir
        let started = Date()
        do {
            let report = try await SiteBuilder(options: options).build()
            for diagnostic in report.diagnostics { Terminal.printError(diagnostic.description) }
            if timings {
                for (step, seconds) in report.timings { Terminal.printError(String(format: "%@: %.3f s", step, seconds)) }
            }
            let elapsed = Date().timeIntervalSince(started)
            if report.upToDate {
                print(String(format: "%@ is up to date: no input changed since it was built (%.2f s); --force builds it again", options.outputPath, elapsed))
                return
            }
            print(String(format: "Built %d briefings, %d files, in %@ (%.2f s)", report.articles, report.pages, options.outputPath, elapsed))
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.description) }
            Terminal.printError("error: build failed with \(error.errors.count) error(s); \(options.outputPath) was left as it was")
            throw ExitCode(1)
        }
    }
}
