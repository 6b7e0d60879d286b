import ArgumentParser
import BriefingKit

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Creates a new site folder: config, default templates and an example article.")

    @Argument(help: "The folder to create (new or empty).")
    var folder: String

    func run() async throws {
        do {
            let files = try SiteCreator(folder: folder).create()
            print("Created \(folder) with \(files.count) files. Next:\n  cd \(folder)\n  briefing build\n  open public/index.html")
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }
}
