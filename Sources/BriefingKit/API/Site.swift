/// A file of the finished site: its path inside the output folder and its bytes.
public struct Page: Sendable, Equatable {
    /// Relative path with "/" separators, such as "briefings/zakharova-syria/index.html".
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// Everything a build produced, ready for output.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Newest first.
    public var briefings: [Briefing]
    public var pages: [Page]

    public init(config: SiteConfig, briefings: [Briefing], pages: [Page]) {
        self.config = config
        self.briefings = briefings
        self.pages = pages
    }
}
