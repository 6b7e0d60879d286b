import Foundation

/// Where the preview lives: the path the site is served under and, once the port is known, the address
/// its links are built with.
struct PreviewAddress: Sendable, Equatable {
    /// The path of the site's base URL, with a slash at both ends: "/" or "/news/".
    var prefix: String
    /// Whether the site has a base URL at all. Without one its links stay relative, exactly as
    /// `briefing build` writes them, so the previewed folder is the one that gets published.
    var absolute: Bool

    /// - Parameter baseURL: the normalized base URL the site would be published at, if any.
    init(baseURL: String?) {
        guard let baseURL, let components = URLComponents(string: baseURL) else {
            prefix = "/"
            absolute = false
            return
        }
        var path = components.path
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        prefix = path
        absolute = true
    }

    /// The prefix as FileMiddleware wants it: nil at the root, else without its last slash.
    var strippedPrefix: String? {
        prefix == "/" ? nil : String(prefix.dropLast())
    }

    /// The address a browser opens: `http://HOST:PORT/prefix/`.
    func url(host: String, port: Int) -> String {
        "http://\(Self.urlHost(host)):\(port)\(prefix)"
    }

    /// The base URL the preview builds with: its own address when the site has a base URL, else empty,
    /// which keeps links relative.
    func buildBaseURL(host: String, port: Int) -> String {
        absolute ? url(host: host, port: port) : ""
    }

    /// A host as it appears in a URL. A server listening on every interface is reached through loopback.
    static func urlHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0", "": return "127.0.0.1"
        case "::", "[::]": return "[::1]"
        default: return host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }
}
