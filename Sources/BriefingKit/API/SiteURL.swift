/// The one function every link of the site goes through: templates, Markdown, feeds.
///
/// With a base URL, links are absolute and carry its path, so the site works under a sub-path. Without
/// one, links are relative to the page and name `index.html` explicitly, so `public/` works from any
/// folder, even opened from disk.
public struct SiteURL: Sendable, Equatable {
    public var base: String?

    public init(base: String?) {
        self.base = base
    }

    /// A link from the page at `page` (a path in the site such as "briefings/x/index.html") to `target`
    /// (a site path: "" for the home page, "briefings/x/" for a folder, "assets/style.css" for a file).
    public func href(_ target: String, from page: String) -> String {
        if let base { return base + target }
        let depth = Self.depth(of: page)
        var link = String(repeating: "../", count: max(0, depth)) + target
        if link.isEmpty || link.hasSuffix("/") { link += "index.html" }
        return link
    }

    /// How many folders down a page is: the slashes in its path.
    static func depth(of page: String) -> Int {
        var count = 0
        for byte in page.utf8 where byte == UInt8(ascii: "/") { count += 1 }
        return count
    }

    /// The absolute URL of a site path, when a base URL is set.
    public func absolute(_ target: String) -> String? {
        base.map { $0 + target }
    }
}
