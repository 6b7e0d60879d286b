import BriefingKit

/// What `briefing serve` builds, where it listens and how it watches.
public struct PreviewOptions: Sendable {
    /// The site to build. Its `baseURL`, when set, gives only the path the site is served under: the
    /// preview swaps the scheme, host and port for its own address, so links stay on this machine.
    public var build: BuildOptions
    /// The address to listen on; loopback unless asked otherwise.
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    /// Polls the disk instead of asking the kernel for file events.
    public var forcePolling: Bool
    /// How long the watched files must stay still before a burst of changes is rebuilt.
    public var quietPeriod: Duration
    /// The longest a burst of changes is held back, however long it goes on.
    public var maximumDelay: Duration
    /// How often the polling watcher looks at the disk.
    public var pollInterval: Duration

    public init(
        build: BuildOptions = BuildOptions(),
        host: String = "127.0.0.1",
        port: Int = 8000,
        forcePolling: Bool = false,
        quietPeriod: Duration = .milliseconds(30),
        maximumDelay: Duration = .milliseconds(500),
        pollInterval: Duration = .milliseconds(250)
    ) {
        self.build = build
        self.host = host
        self.port = port
        self.forcePolling = forcePolling
        self.quietPeriod = quietPeriod
        self.maximumDelay = maximumDelay
        self.pollInterval = pollInterval
    }
}
