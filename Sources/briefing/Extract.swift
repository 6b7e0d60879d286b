import ArgumentParser
import BriefingKit
import Foundation

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts summary, quotes, dates, timeline and actors from article files.")

    @Flag(name: .long, help: "Print one JSON object per file, one per line (the extraction contract).")
    var json = false

    @Argument(help: "Article files (.txt or .md).")
    var files: [String]

    func run() async throws {
        let extractor = Extractor()
        let loader = ArticleLoader()
        var failed = false
        for path in files {
            do {
                let (article, diagnostics) = try loader.load(path: path)
                for diagnostic in diagnostics { Terminal.printError(diagnostic.description) }
                let briefing = extractor.extract(article)
                if json {
                    print(briefing.contractJSON())
                } else {
                    print(MarkdownWriter().write(briefing))
                }
            } catch {
                Terminal.printError(error.description)
                failed = true
                if json { print(#"{"source":\#(Terminal.jsonString(path)),"error":\#(Terminal.jsonString(error.message))}"#) }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

enum Terminal {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func jsonString(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
