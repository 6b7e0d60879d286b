import Foundation
import Mustache

/// Templates from `Templates/*.mustache`, rendered with swift-mustache.
struct MustacheRenderer: TemplateRendering {
    let library: MustacheLibrary
    let directory: String

    static let required = ["base", "briefing", "index", "actor", "actors", "timeline", "tag", "tags", "search", "404"]

    /// Loads every template of the folder; a syntax error names the file, line and column.
    static func load(directory: String) async throws(Diagnostic) -> MustacheRenderer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(
                "templates folder not found; run 'briefing init' to create one, or pass --templates DIR", step: "render",
                path: directory)
        }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw .error(
                "template syntax error: \(error.error)", step: "render", path: (directory as NSString).appendingPathComponent(error.filename),
                line: error.context.lineNumber, column: error.context.columnNumber)
        } catch {
            throw .error("cannot load templates: \(error)", step: "render", path: directory)
        }
        for name in required where library.getTemplate(named: name) == nil {
            throw .error("missing template '\(name).mustache'", step: "render", path: directory)
        }
        return MustacheRenderer(library: library, directory: directory)
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
            guard let template = library.getTemplate(named: name) else { continue }
            let path = (directory as NSString).appendingPathComponent(name + ".mustache")
            problems += linter.lint(name: name, text: template.description, path: path)
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
