import BriefingKit
import BriefingServer
import Foundation

/// A site folder for a test: the repository's templates and a few short articles of our own.
enum TestSite {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let bridge = """
        ---
        title: Harbour bridge reopens after repairs
        date: 2024-03-14
        source: Example Gazette
        tags: [transport]
        ---
        PORTVILLE, March 14. The Harbour Bridge reopened to traffic on Thursday after two years of repairs, the city council said.

        Mayor Elena Ruiz told reporters that the work had finished ahead of schedule. "Every bolt on this bridge has been checked twice," she said.

        The council plans to hold an opening ceremony on 18 March.

        """

    static let ferry = """
        ---
        title: Ferry service to resume in spring
        date: 2024-02-02
        tags: [transport, harbour]
        ---
        PORTVILLE, February 2. The harbour ferry will resume its crossings in April, the Portville Transport Authority said on Friday.

        "We have two new boats and twenty new crew," said Tom Hale, the authority's director.

        """

    /// A new folder with `Templates/` and `content/` holding the two articles above.
    static func make() throws -> String {
        let folder = NSTemporaryDirectory() + "briefing-serve-tests-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try manager.copyItem(atPath: packageRoot.appendingPathComponent("Templates").path, toPath: folder + "/Templates")
        try write(bridge, to: folder + "/content/harbour-bridge.md")
        try write(ferry, to: folder + "/content/ferry.md")
        return folder
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Written beside and renamed, as editors save, so the watcher never sees half a file.
        let temporary = (path as NSString).deletingLastPathComponent + "/.saving-" + UUID().uuidString
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else { throw HTTPTestError(description: "cannot rename \(temporary) to \(path)") }
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

/// The events a running preview reported, kept for the test to wait on.
actor EventLog {
    private(set) var events: [PreviewEvent] = []

    func append(_ event: PreviewEvent) { events.append(event) }

    /// Waits until an event after the first `skip` ones satisfies `match`; polls every 20 ms, for at most `timeout`.
    func wait<T>(after skip: Int = 0, timeout: Duration = .seconds(120), _ match: (PreviewEvent) -> T?) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            for event in events.dropFirst(skip) {
                if let found = match(event) { return found }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw HTTPTestError(description: "no matching preview event within \(timeout); got \(events)")
    }
}

/// A preview server running on a free port of 127.0.0.1 for one test.
struct RunningPreview: Sendable {
    let site: String
    let port: Int
    let url: String
    let log: EventLog
    let task: Task<Void, any Error>

    static func start(
        site: String, baseURL: String? = nil, polling: Bool = false, configure: (inout PreviewOptions) -> Void = { _ in }
    ) async throws -> RunningPreview {
        var options = PreviewOptions(build: BuildOptions(root: site, baseURL: baseURL), host: "127.0.0.1", port: 0, forcePolling: polling)
        configure(&options)
        let log = EventLog()
        let (events, sink) = AsyncStream.makeStream(of: PreviewEvent.self)
        let task = Task {
            defer { sink.finish() }
            try await PreviewServer(options: options).run { sink.yield($0) }
        }
        Task {
            for await event in events { await log.append(event) }
        }
        let url: String
        do {
            url = try await log.wait { event -> String? in
                if case .serving(let url, _, _) = event { return url }
                return nil
            }
        } catch {
            task.cancel()
            if case .failure(let failure) = await task.result { throw failure }
            throw error
        }
        guard let port = URLComponents(string: url)?.port else { throw HTTPTestError(description: "no port in \(url)") }
        return RunningPreview(site: site, port: port, url: url, log: log, task: task)
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(atPath: site)
    }

    func get(_ target: String, headers: [String: String] = [:]) async throws -> RawResponse {
        try await RawHTTP.send(port: port, "GET", target, headers: headers)
    }

    /// Fetches `target` every 50 ms until its body contains `text`, for at most `timeout`: for changes
    /// whose events may come in one batch or in several.
    func waitForPage(_ target: String, containing text: String, timeout: Duration = .seconds(120)) async throws -> RawResponse {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last: RawResponse?
        while clock.now < deadline {
            let response = try await get(target)
            if response.status == 200, response.text.contains(text) { return response }
            last = response
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HTTPTestError(description: "\(target) never showed '\(text)'; last status \(last?.status ?? 0)")
    }

    /// How many events were reported so far: wait for the ones after.
    func mark() async -> Int { await log.events.count }

    /// The next successful build after `mark`.
    func nextBuild(after mark: Int) async throws -> BuildSummary {
        try await log.wait(after: mark) { event -> BuildSummary? in
            if case .built(let summary) = event { return summary }
            return nil
        }
    }

    /// Every successful build reported after `mark`, so far.
    func builds(after mark: Int) async -> [BuildSummary] {
        await log.events.dropFirst(mark).compactMap { event -> BuildSummary? in
            if case .built(let summary) = event { return summary }
            return nil
        }
    }

    /// The next failed build after `mark`.
    func nextFailure(after mark: Int) async throws -> BuildFailure {
        try await log.wait(after: mark) { event -> BuildFailure? in
            if case .failed(let failure, _) = event { return failure }
            return nil
        }
    }
}

extension RunningPreview {
    /// Runs `body` with a preview of `site`, and stops the preview whatever happens.
    static func with<T: Sendable>(
        site: String, baseURL: String? = nil, polling: Bool = false, configure: (inout PreviewOptions) -> Void = { _ in },
        _ body: (RunningPreview) async throws -> T
    ) async throws -> T {
        let preview = try await start(site: site, baseURL: baseURL, polling: polling, configure: configure)
        do {
            let result = try await body(preview)
            await preview.stop()
            return result
        } catch {
            await preview.stop()
            throw error
        }
    }
}
