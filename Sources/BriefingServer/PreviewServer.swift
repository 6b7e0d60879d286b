import BriefingKit
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `briefing serve`: builds the site, serves the output folder on this machine, rebuilds it when an
/// article, a template or the config changes, and reloads the open pages once the new files are written.
///
/// The live-reload script is put into HTML pages as they are served, never into the files, so the
/// output folder stays exactly what `briefing build` writes for the same base URL.
public struct PreviewServer: Sendable {
    public var options: PreviewOptions

    public init(options: PreviewOptions) {
        self.options = options
    }

    /// Runs until the calling task is cancelled or, with `handlingSignals`, until Ctrl-C (SIGINT) or
    /// SIGTERM. Either stops it gracefully: open event streams are ended so that no browser holds it up.
    /// - Parameter report: called with each event, from any task.
    public func run(handlingSignals: Bool = false, report: @escaping @Sendable (PreviewEvent) -> Void) async throws(PreviewError) {
        guard (0...65535).contains(options.port) else { throw .invalidOption("--port must be from 0 to 65535, found \(options.port)") }
        guard !options.host.isEmpty else { throw .invalidOption("--host must not be empty") }
        let address = PreviewAddress(baseURL: try publishedBaseURL())

        let state = PreviewState()
        let hub = ReloadHub()
        let prefix = address.prefix
        let files = SiteFileProvider(root: options.build.outputPath) {
            let snapshot = state.snapshot
            return SiteFileProvider.Insertion(bytes: Array(ReloadScript.tag(prefix: prefix, buildID: snapshot.buildID).utf8), build: snapshot.finished)
        }

        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: PreviewMiddleware(state: state, files: files, prefix: prefix))
        router.add(
            middleware: FileMiddleware(fileProvider: files, urlBasePath: address.strippedPrefix, searchForIndexHtml: true)
                .withAdditionalMediaTypes(forFileExtensions: Self.textTypes))
        LiveReloadRoutes.add(to: router, prefix: prefix, state: state, hub: hub)

        let (ports, portFound) = AsyncStream.makeStream(of: Int.self)
        let rebuilder = SiteRebuilder(options: options, address: address, state: state, hub: hub, port: ports, report: report)
        var logger = Logger(label: "briefing.serve")
        logger.logLevel = .error
        let requestedPort = options.port
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil),
            services: [rebuilder],
            onServerRunning: { channel in
                portFound.yield(channel.localAddress?.port ?? requestedPort)
                portFound.finish()
            },
            logger: logger)

        var configuration = ServiceGroupConfiguration(
            services: [ServiceGroupConfiguration.ServiceConfiguration(service: app)],
            gracefulShutdownSignals: handlingSignals ? [.sigint, .sigterm] : [],
            logger: logger)
        // A connection that will not close must not keep the server from stopping.
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)
        // Cancelling the caller stops the server the way Ctrl-C does, gracefully: the group runs in a task
        // of its own, which the cancellation does not tear through.
        let running = Task { try await group.run() }
        do {
            try await withTaskCancellationHandler {
                try await running.value
            } onCancel: {
                Task { await group.triggerGracefulShutdown() }
            }
        } catch {
            hub.close()
            throw listenError(error)
        }
    }

    /// The base URL the site would be published at: the option, else the config's. A config that cannot
    /// be read is left to the first build, which shows its error in the browser.
    private func publishedBaseURL() throws(PreviewError) -> String? {
        if let given = options.build.baseURL {
            if given.isEmpty { return nil }
            guard let normalized = SiteConfig.normalizeBaseURL(given) else {
                throw .invalidOption("--base-url must be an absolute http(s) URL, found '\(given)'")
            }
            return normalized
        }
        return (try? options.build.effectiveBaseURL()) ?? nil
    }

    private func listenError(_ error: any Error) -> PreviewError {
        if let io = error as? IOError {
            if io.errnoCode == EADDRINUSE { return .portInUse(host: options.host, port: options.port) }
            return .cannotListen(host: options.host, port: options.port, reason: String(cString: strerror(io.errnoCode)))
        }
        let text = String(describing: error)
        if text.contains("Address already in use") { return .portInUse(host: options.host, port: options.port) }
        return .cannotListen(host: options.host, port: options.port, reason: text)
    }

    /// Text types named with their character set, so that a browser never has to guess it.
    static let textTypes: [String: MediaType] = {
        func utf8(_ type: MediaType.Category, _ subType: String) -> MediaType {
            MediaType(type: type, subType: subType, parameter: ("charset", "utf-8"))
        }
        return [
            "html": utf8(.text, "html"),
            "htm": utf8(.text, "html"),
            "css": utf8(.text, "css"),
            "js": utf8(.text, "javascript"),
            "mjs": utf8(.text, "javascript"),
            "txt": utf8(.text, "plain"),
            "md": utf8(.text, "markdown"),
            "csv": utf8(.text, "csv"),
            "json": utf8(.application, "json"),
            "xml": utf8(.application, "xml"),
            "svg": utf8(.image, "svg+xml"),
        ]
    }()
}
