import Foundation
import Mustache

/// Templates from `Templates/*.mustache`, rendered with swift-mustache.
struct MustacheRenderer: TemplateRendering {
    let library: MustacheLibrary
    let directory: String
    /// Each template's text as its file has it, for the linter.
    let sources: [String: String]

    static let required = ["base", "briefing", "index", "actor", "actors", "timeline", "tag", "tags", "search", "404"]

    /// Put before every template: HTML escaping through `FastHTML`, byte by byte. swift-mustache's own
    /// escapes Character by Character, which was an eighth of a whole build. The line it takes is
    /// subtracted from the line of every syntax error.
    private static let pragma = "{{% CONTENT_TYPE: \(FastHTML.name) }}\n"

    /// Loads every template of the folder; a syntax error names the file, line and column.
    static func load(directory: String) async throws(Diagnostic) -> MustacheRenderer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(
                "templates folder not found; run 'briefing init' to create one, or pass --templates DIR", step: "render",
                path: directory)
        }
        FastHTML.register()
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        for name in names(in: directory) {
            let path = (directory as NSString).appendingPathComponent(name + ".mustache")
            let text: String
            do {
                text = String(decoding: try LocalFileSystem().read(path), as: UTF8.self)
            } catch {
                throw .error("cannot load templates: \(error.localizedDescription)", step: "render", path: path)
            }
            do {
                templates[name] = try MustacheTemplate(string: pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                throw .error(
                    "template syntax error: \(error.error)", step: "render", path: path, line: max(1, error.context.lineNumber - 1),
                    column: error.context.columnNumber)
            } catch {
                throw .error("cannot load templates: \(error)", step: "render", path: path)
            }
            sources[name] = text
        }
        let library = MustacheLibrary(templates: templates)
        for name in required where library.getTemplate(named: name) == nil {
            throw .error("missing template '\(name).mustache'", step: "render", path: directory)
        }
        return MustacheRenderer(library: library, directory: directory, sources: sources)
    }

    /// Template names: the files' paths in the folder, without ".mustache".
    static func names(in directory: String) -> [String] {
        let files = (try? LocalFileSystem().files(under: directory)) ?? []
        return files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    }

    /// Every unknown variable or partial in every template, with its line.
    func lint(config: SiteConfig) async -> [Diagnostic] {
        let samples = await TemplateSamples.contexts(config: config)
        let names = Self.names(in: directory)
        let linter = TemplateLinter(samples: samples, templates: Set(names))
        var problems: [Diagnostic] = []
        for name in names.sorted() {
            guard let text = sources[name] else { continue }
            let path = (directory as NSString).appendingPathComponent(name + ".mustache")
            problems += linter.lint(name: name, text: text, path: path)
        }
        return problems
    }

    func render(_ template: String, _ context: TemplateValue) throws(Diagnostic) -> String {
        guard let output = library.render(MustacheValue(context), withTemplate: template) else {
            throw .error("missing template '\(template).mustache'", step: "render", path: directory)
        }
        return output
    }
}

/// A template value as swift-mustache walks it, without first copying the whole context into
/// `[String: Any]`: maps answer lookups, lists iterate, and text renders itself. Each answer is found
/// with fewer of the dynamic casts that the library otherwise tries on every variable.
struct MustacheValue: MustacheParent, MustacheCustomRenderable, MustacheSequence {
    let value: TemplateValue

    init(_ value: TemplateValue) { self.value = value }

    func child(named name: String) -> Any? {
        guard case .map(let map) = value, let child = map[name] else { return nil }
        return MustacheValue(child)
    }

    var renderText: String {
        switch value {
        case .string(let s): s
        case .int(let i): String(i)
        case .bool(let b): String(b)
        case .list(let l): String(describing: l.map(\.any))
        case .map(let m): String(describing: m.mapValues(\.any))
        }
    }

    var isNull: Bool { false }

    /// As a section: a list renders once per item, `false` not at all, anything else once, with the
    /// value on top of the context, as swift-mustache does with plain Swift values.
    func makeIterator() -> IndexingIterator<[MustacheValue]> {
        switch value {
        case .list(let items): items.map(MustacheValue.init).makeIterator()
        case .bool(false): [].makeIterator()
        default: [self].makeIterator()
        }
    }
}

/// HTML escaping by bytes, for swift-mustache's double braces: `<`, `>`, `&`, `"` and `'`, as the
/// library's own escaping replaces them, and text without any of them returned as it is.
struct FastHTML: MustacheContentType {
    static let name = "BRIEFING_HTML"

    private static let registered: Bool = {
        MustacheContentTypes.register(FastHTML(), named: name)
        return true
    }()

    /// Registers the content type once per process, before any template names it.
    static func register() { _ = registered }

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var copy = text
        let escaped: [UInt8]? = copy.withUTF8 { bytes in
            func special(_ b: UInt8) -> Bool {
                b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
            }
            guard let first = bytes.firstIndex(where: special) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for b in bytes[first...] {
                switch b {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(b)
                }
            }
            return out
        }
        guard let escaped else { return text }
        return String(decoding: escaped, as: UTF8.self)
    }
}
