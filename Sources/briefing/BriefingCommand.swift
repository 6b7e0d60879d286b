import ArgumentParser
import BriefingKit
import Foundation

@main
struct BriefingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turns a folder of news articles into a static website of briefings.",
        subcommands: [Build.self, Serve.self, Init.self, Extract.self, Check.self],
        defaultSubcommand: Build.self
    )
}
