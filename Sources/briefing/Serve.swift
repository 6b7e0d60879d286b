import ArgumentParser
import BriefingKit
import BriefingServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Previews the site: builds it, serves it on this machine, rebuilds on every change and reloads the browser.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8000

    @Flag(name: .long, help: "Poll the disk for changes instead of using native file events.")
    var poll = false

    @Flag(name: .long, help: "Print the time each step of each build took.")
    var timings = false

    func run() async throws {
        let build = site.build
        let options = PreviewOptions(build: build, host: host, port: port, forcePolling: poll)
        do {
            try await PreviewServer(options: options).run(handlingSignals: true) { event in
                Self.show(event, timings: timings)
            }
            Terminal.printLine("Stopped.")
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }

    private static func show(_ event: PreviewEvent, timings: Bool) {
        switch event {
        case .serving(let url, let watching, let watcher):
            Terminal.printLine("Serving \(url)\nWatching \(watching) with \(watcher)\nPress Ctrl-C to stop.")
        case .note(let text):
            Terminal.printError("note: \(text)")
        case .built(let summary):
            for diagnostic in summary.report.diagnostics where diagnostic.severity != .note { Terminal.printError(diagnostic.description) }
            let milliseconds = Int((Double(summary.duration.components.attoseconds) / 1e15).rounded()) + Int(summary.duration.components.seconds) * 1000
            let cause = summary.changed.isEmpty ? "Built" : "\(describe(summary.changed)) changed; rebuilt"
            Terminal.printLine("\(cause) \(summary.report.articles) briefings (\(summary.extracted) extracted, \(summary.rendered) pages rendered) in \(milliseconds) ms")
            if timings {
                Terminal.printError(summary.report.timings.map { String(format: "%@: %.0f ms", $0.step, $0.seconds * 1000) }.joined(separator: ", "))
            }
        case .failed(let failure, let changed):
            for diagnostic in failure.diagnostics { Terminal.printError(diagnostic.description) }
            let cause = changed.isEmpty ? "" : "\(describe(changed)) changed; "
            Terminal.printError("\(cause)build failed with \(failure.errors.count) error(s); the browser shows them until they are fixed")
        }
    }

    /// A few changed paths, relative to the current folder when inside it.
    private static func describe(_ paths: [String]) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        let names = paths.map { $0.hasPrefix(here) ? String($0.dropFirst(here.count)) : $0 }
        return names.count <= 3 ? names.joined(separator: ", ") : names.prefix(2).joined(separator: ", ") + " and \(names.count - 2) more"
    }
}

extension Terminal {
    /// Prints a line to standard output at once: a long-running command's output may be a pipe or a
    /// file, which `print` would hold in its buffer.
    static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
