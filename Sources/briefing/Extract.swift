import ArgumentParser
import BriefingKit
import Foundation

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts summary, quotes, dates, timeline and actors from article files.")

    @Flag(name: .long, help: "Print one JSON object per file, one per line (the extraction contract).")
    var json = false

    @Argument(help: "Article files (.txt or .md), or folders of them.")
    var files: [String]

    func run() async throws {
        let json = self.json
        // Files are extracted in parallel and printed in the order given.
        let outputs = await ExtractionRun.run(files) { briefing in
            json ? briefing.contractJSON() : MarkdownWriter().write(briefing)
        }
        var failed = false
        for output in outputs {
            for diagnostic in output.diagnostics { Terminal.printError(diagnostic.description) }
            if let text = output.text {
                print(text)
            } else {
                failed = true
                if json, let error = output.diagnostics.last {
                    print(#"{"source":\#(Terminal.jsonString(output.path)),"error":\#(Terminal.jsonString(error.message))}"#)
                }
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
