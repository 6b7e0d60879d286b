import BriefingKit
import ServiceLifecycle

/// Builds the site once the server listens, then again after every batch of changes, and tells the
/// browsers once each build is written.
struct SiteRebuilder: Service {
    let options: PreviewOptions
    let address: PreviewAddress
    let state: PreviewState
    let hub: ReloadHub
    /// Gives the port once the server listens: the links of an absolute site need it.
    let port: AsyncStream<Int>
    let report: @Sendable (PreviewEvent) -> Void

    /// How often idle live-reload connections get a comment, so that closed ones are noticed.
    static let keepAlive: Duration = .seconds(15)

    func run() async throws {
        var ports = port.makeAsyncIterator()
        guard let port = await ports.next() else { return }

        var build = options.build
        build.baseURL = address.buildBaseURL(host: options.host, port: port)
        // One cache for the whole session: a rebuild extracts only the articles whose bytes changed, and a
        // template change renders everything again without extracting anything.
        let cache = ExtractionCache()
        let builder = SiteBuilder(options: build, cache: cache)

        // Watch before the first build, so that a save made while it runs is not missed.
        let queue = ChangeQueue()
        let (watcher, fallback) = SiteWatcher.start(
            targets: WatchTargets(options: build), queue: queue, forcePolling: options.forcePolling,
            quietPeriod: options.quietPeriod, maximumDelay: options.maximumDelay, pollInterval: options.pollInterval)
        defer {
            watcher.stop()
            // The standby copy of the site serves rebuilds only; a one-off build does not need it.
            cache.removeStandby()
        }
        if let fallback { report(.note(fallback)) }

        await rebuild(builder, cache: cache, changed: [])
        report(.serving(url: address.url(host: options.host, port: port), watching: WatchTargets.describe(options.build), watcher: watcher.description))

        let hub = self.hub
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while (try? await Task.sleep(for: Self.keepAlive)) != nil { hub.ping() }
                }
                for await _ in queue.signals {
                    let changed = queue.take()
                    if !changed.isEmpty { await rebuild(builder, cache: cache, changed: changed) }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            queue.finish()
            hub.close()
        }
    }

    /// Builds, records the outcome, then sends the reload: by then the new files are in place, since
    /// the builder swaps the finished output folder in before it returns.
    private func rebuild(_ builder: SiteBuilder, cache: ExtractionCache, changed: Set<String>) async {
        let clock = ContinuousClock()
        let started = clock.now
        cache.resetCounters()
        do {
            let result = try await builder.build()
            let snapshot = state.finish(.ready)
            hub.send(.reload(buildID: snapshot.buildID))
            let pages = cache.pageCounts
            report(
                .built(
                    BuildSummary(
                        report: result, changed: changed.sorted(), extracted: cache.misses, rendered: pages.rendered, duration: clock.now - started)))
        } catch {
            let snapshot = state.finish(.failed(error))
            hub.send(.reload(buildID: snapshot.buildID))
            report(.failed(error, changed: changed.sorted()))
        }
    }
}
