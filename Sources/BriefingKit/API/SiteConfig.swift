import Foundation

/// The site's settings, from `content/_config.yaml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Absolute base URL ending in "/", or nil for a site whose links are all relative.
    public var baseURL: String?
    public var language: String
    /// Briefings per index page.
    public var pageSize: Int

    public init(title: String = "Briefing", description: String = "", baseURL: String? = nil, language: String = "en", pageSize: Int = 20) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.pageSize = pageSize
    }

    static let knownKeys: Set<String> = ["title", "description", "base_url", "baseURL", "language", "page_size"]

    /// Parses a config file's text. Unknown keys are warnings; wrong values are errors at their line.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        let fields = try YAMLValue.parseMapping(text, path: path, lineOffset: 0)
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        for key in fields.keys.sorted() where !knownKeys.contains(key) {
            diagnostics.append(.warning("unknown config key '\(key)' is ignored", step: "config", path: path, line: fields[key]!.line, column: 1))
        }
        func field(_ key: String) throws(Diagnostic) -> String? {
            guard let value = fields[key] else { return nil }
            guard let s = value.string else {
                throw .error("'\(key)' must be text", step: "config", path: path, line: value.line, column: value.column)
            }
            return s
        }
        if let title = try field("title") { config.title = title }
        if let description = try field("description") { config.description = description }
        if let language = try field("language") {
            guard !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                let value = fields["language"]!
                throw .error("'language' must be a language tag such as en or pt-BR", step: "config", path: path, line: value.line, column: value.column)
            }
            config.language = language
        }
        let baseField = try field("base_url")
        let baseAlias = try field("baseURL")
        if let base = baseField ?? baseAlias, !base.isEmpty {
            let value = fields["base_url"] ?? fields["baseURL"]!
            guard let normalized = normalizeBaseURL(base) else {
                throw .error("'base_url' must be an absolute http(s) URL, found '\(base)'", step: "config", path: path, line: value.line, column: value.column)
            }
            config.baseURL = normalized
        }
        if let size = try field("page_size") {
            let value = fields["page_size"]!
            guard let n = Int(size), n >= 1, n <= 10_000 else {
                throw .error("'page_size' must be a whole number from 1 to 10000", step: "config", path: path, line: value.line, column: value.column)
            }
            config.pageSize = n
        }
        return (config, diagnostics)
    }

    /// "https://example.org/sub/path" → "https://example.org/sub/path/"; nil when not an http(s) URL.
    public static func normalizeBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
