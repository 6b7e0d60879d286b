import Foundation

/// Checks a built site: every internal link and anchor must lead somewhere.
public struct SiteChecker: Sendable {
    /// The built site's folder.
    public var output: String
    /// The base URL the site was built with; links under it are internal.
    public var baseURL: String?

    public init(output: String, baseURL: String?) {
        self.output = output
        self.baseURL = baseURL
    }

    public struct Report: Sendable {
        public var files: Int
        public var links: Int
        public var problems: [Diagnostic]
    }

    public func check() throws(Diagnostic) -> Report {
        let fileSystem = LocalFileSystem()
        guard fileSystem.isDirectory(output) else {
            throw .error("no built site here; run 'briefing build' first", step: "check", path: output)
        }
        let files: [String]
        do {
            files = try fileSystem.files(under: output)
        } catch {
            throw .error("cannot list the site: \(error.localizedDescription)", step: "check", path: output)
        }
        let existing = Set(files)
        var idCache: [String: Set<String>] = [:]
        func ids(of file: String) -> Set<String> {
            if let cached = idCache[file] { return cached }
            let text = (try? fileSystem.read(output + "/" + file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let found = Set(HTMLScanner.attributes(["id", "name"], in: text).map(\.value))
            idCache[file] = found
            return found
        }
        var problems: [Diagnostic] = []
        var count = 0
        for file in files where file.hasSuffix(".html") || file == "sitemap.xml" {
            guard let bytes = try? fileSystem.read(output + "/" + file) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let links = file == "sitemap.xml" ? HTMLScanner.elements("loc", in: text) : HTMLScanner.attributes(["href", "src"], in: text)
            for link in links {
                count += 1
                let location = HTMLScanner.lineAndColumn(of: link.offset, in: text)
                func report(_ message: String) {
                    problems.append(.error(message, step: "check", path: output + "/" + file, line: location.line, column: location.column))
                }
                switch resolve(link.value, from: file) {
                case .external:
                    continue
                case .unsafe(let reason):
                    report(reason)
                case .internal(let target, let fragment):
                    guard existing.contains(target) else {
                        report("broken link '\(link.value)': no file \(target)")
                        continue
                    }
                    if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(of: target).contains(fragment) {
                        report("broken anchor '\(link.value)': no id '\(fragment)' in \(target)")
                    }
                }
            }
        }
        return Report(files: files.count, links: count, problems: problems)
    }

    enum Resolution: Equatable {
        case external
        case `internal`(path: String, fragment: String?)
        case unsafe(String)
    }

    /// Where a link leads inside the site, as a file path relative to the output folder.
    func resolve(_ raw: String, from file: String) -> Resolution {
        let link = HTMLScanner.decodeEntities(raw).trimmingSpaces()
        let lower = link.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") { return .unsafe("script link '\(link)'") }
        if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || lower.hasPrefix("data:") { return .external }
        if link.hasPrefix("#") { return .internal(path: file, fragment: String(link.dropFirst())) }
        var path: String
        if let base = baseURL, link.hasPrefix(base) {
            path = String(link.dropFirst(base.count))
        } else if lower.hasPrefix("http://") || lower.hasPrefix("https://") || link.hasPrefix("//") {
            return .external
        } else if link.hasPrefix("/") {
            // Root-relative links (the 404 page's) are under the base URL's path, or the root.
            let prefix = baseURL.flatMap { URL(string: $0)?.path } ?? "/"
            guard link.hasPrefix(prefix) || prefix == "/" else { return .unsafe("link '\(link)' is outside the site's path \(prefix)") }
            path = String(link.dropFirst(prefix.hasSuffix("/") ? prefix.count : prefix.count + 1))
        } else {
            let folder = (file as NSString).deletingLastPathComponent
            path = folder.isEmpty ? link : folder + "/" + link
        }
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = path.removingPercentEncoding ?? path
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return .unsafe("link '\(link)' leads outside the site") }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var target = parts.joined(separator: "/")
        if target.isEmpty || path.hasSuffix("/") || !target.contains(".") { target = target.isEmpty ? "index.html" : target + "/index.html" }
        return .internal(path: target, fragment: fragment)
    }
}

/// Just enough HTML reading to find links and ids in the pages Briefing writes.
enum HTMLScanner {
    struct Found {
        var value: String
        var offset: Int
    }

    /// Values of the named attributes, in double or single quotes.
    static func attributes(_ names: Set<String>, in text: String) -> [Found] {
        let bytes = Array(text.utf8)
        var out: [Found] = []
        var i = 0
        while i < bytes.count {
            // An attribute starts after whitespace inside a tag: ` href="`.
            guard bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\t") else {
                i += 1
                continue
            }
            var j = i + 1
            while j < bytes.count, (bytes[j] >= UInt8(ascii: "a") && bytes[j] <= UInt8(ascii: "z")) || bytes[j] == UInt8(ascii: "-") { j += 1 }
            let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            guard names.contains(name), j + 1 < bytes.count, bytes[j] == UInt8(ascii: "="),
                bytes[j + 1] == UInt8(ascii: "\"") || bytes[j + 1] == UInt8(ascii: "'")
            else {
                i = max(j, i + 1)
                continue
            }
            let quote = bytes[j + 1]
            var k = j + 2
            while k < bytes.count, bytes[k] != quote { k += 1 }
            out.append(Found(value: String(decoding: bytes[(j + 2)..<k], as: UTF8.self), offset: j + 2))
            i = k + 1
        }
        return out
    }

    /// Text of simple elements such as `<loc>…</loc>`.
    static func elements(_ name: String, in text: String) -> [Found] {
        var out: [Found] = []
        var search = text.startIndex
        while let open = text.range(of: "<\(name)>", range: search..<text.endIndex),
            let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex)
        {
            out.append(Found(value: String(text[open.upperBound..<close.lowerBound]), offset: text.utf8.distance(from: text.startIndex, to: open.upperBound)))
            search = close.upperBound
        }
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func lineAndColumn(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (i, byte) in text.utf8.enumerated() {
            if i >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
