import Yams

/// The YAML block between `---` lines at the top of an article, and the body after it.
struct FrontMatter: Sendable {
    /// The parsed mapping, or nil when the file has no front matter.
    var fields: [String: YAMLValue]
    /// 1-based line where the body starts in the file.
    var bodyLine: Int
    var body: String

    /// The YAML text, kept to locate errors.
    static let knownKeys: Set<String> = [
        "title", "date", "source", "url", "tags", "slug", "place", "summary", "quotes", "timeline", "actors",
        "draft", "author", "description", "dates",
    ]

    /// Splits off and parses the front matter. A file that does not start with `---` has none.
    static func split(_ text: String, path: String) throws(Diagnostic) -> FrontMatter {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            return FrontMatter(fields: [:], bodyLine: 1, body: text)
        }
        // Line by line through the bytes, up to the closing line only: the body is the rest of the text
        // as it stands, not split into lines and joined again.
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        guard let firstEnd = utf8.firstIndex(of: newline) else {
            throw .error("front matter opened with '---' on line 1 is never closed", step: "ingest", path: path, line: 1, column: 1)
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        var closing: (start: String.Index, next: String.Index)?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: newline) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                closing = (lineStart, lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd))
                break
            }
            lineNumber += 1
            lineStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
        }
        guard let closing else {
            throw .error("front matter opened with '---' on line 1 is never closed", step: "ingest", path: path, line: 1, column: 1)
        }
        // The YAML is the lines between the markers, without the line break before the closing one.
        let yamlEnd = closing.start > yamlStart ? utf8.index(before: closing.start) : yamlStart
        let yaml = String(text[yamlStart..<yamlEnd])
        let body = String(text[closing.next...])
        let end = lineNumber - 2
        let fields = try YAMLValue.parseMapping(yaml, path: path, lineOffset: 1)
        return FrontMatter(fields: fields, bodyLine: end + 3, body: body)
    }
}

/// A YAML value with the place it was written, so that type errors can point at it.
struct YAMLValue: Sendable {
    enum Value: Sendable {
        case string(String)
        case list([YAMLValue])
        case map([(String, YAMLValue)])
    }

    var value: Value
    var line: Int
    var column: Int

    var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    var list: [YAMLValue]? {
        if case .list(let l) = value { return l }
        return nil
    }

    var map: [(String, YAMLValue)]? {
        if case .map(let m) = value { return m }
        return nil
    }

    subscript(key: String) -> YAMLValue? {
        map?.first(where: { $0.0 == key })?.1
    }

    /// Parses a YAML document whose root must be a mapping. `lineOffset` is the number of file lines before it.
    static func parseMapping(_ yaml: String, path: String, lineOffset: Int) throws(Diagnostic) -> [String: YAMLValue] {
        if let anchor = firstAnchor(in: yaml) {
            // Anchors and aliases can expand without bound (the "billion laughs"); Briefing's YAML never needs them.
            throw .error(
                "YAML anchors and aliases (&name, *name) are not supported", step: "ingest", path: path,
                line: anchor.line + lineOffset, column: anchor.column)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path, lineOffset: lineOffset)
        } catch {
            throw .error("YAML: \(error)", step: "ingest", path: path, line: lineOffset + 1, column: 1)
        }
        guard let node else { return [:] }
        let root = try convert(node, path: path, lineOffset: lineOffset, depth: 0)
        guard let pairs = root.map else {
            throw .error("front matter must be a mapping of keys to values", step: "ingest", path: path, line: root.line, column: root.column)
        }
        var out: [String: YAMLValue] = [:]
        for (key, value) in pairs { out[key] = value }
        return out
    }

    /// The position of the first `&anchor` or `*alias` that starts a YAML node, if any.
    static func firstAnchor(in yaml: String) -> (line: Int, column: Int)? {
        for (n, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var previous: Unicode.Scalar = " "
            var atNodeStart = true
            for (i, s) in scalars.enumerated() {
                if s == "#" && previous == " " { break }
                if (s == "&" || s == "*"), atNodeStart, i + 1 < scalars.count,
                    scalars[i + 1].properties.isAlphabetic || scalars[i + 1].properties.numericType != nil || scalars[i + 1] == "_"
                {
                    return (n + 1, i + 1)
                }
                if s != " " && s != "\t" {
                    atNodeStart = s == ":" || s == "-" || s == "[" || s == "{" || s == "," || s == "?"
                    if s == ":" || s == "-" || s == "?" {
                        // Only "key: value" and "- item" start a node; "a:b" and "a-b" do not.
                        atNodeStart = i + 1 < scalars.count && scalars[i + 1] == " "
                    }
                }
                previous = s
            }
        }
        return nil
    }

    private static func convert(_ node: Node, path: String, lineOffset: Int, depth: Int) throws(Diagnostic) -> YAMLValue {
        let line = (node.mark?.line ?? 1) + lineOffset
        let column = node.mark?.column ?? 1
        guard depth < 32 else {
            throw .error("YAML nested more than 32 levels deep", step: "ingest", path: path, line: line, column: column)
        }
        switch node {
        case .scalar(let scalar):
            return YAMLValue(value: .string(scalar.string), line: line, column: column)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                items.append(try convert(item, path: path, lineOffset: lineOffset, depth: depth + 1))
            }
            return YAMLValue(value: .list(items), line: line, column: column)
        case .mapping(let mapping):
            var pairs: [(String, YAMLValue)] = []
            for (key, value) in mapping {
                guard case .scalar(let k) = key else {
                    throw .error("YAML keys must be plain text", step: "ingest", path: path, line: line, column: column)
                }
                pairs.append((k.string, try convert(value, path: path, lineOffset: lineOffset, depth: depth + 1)))
            }
            return YAMLValue(value: .map(pairs), line: line, column: column)
        case .alias:
            // Aliases can expand without bound (the "billion laughs"); front matter never needs them.
            throw .error("YAML aliases (*name) are not supported in front matter", step: "ingest", path: path, line: line, column: column)
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "malformed YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(message, step: "ingest", path: path, line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "duplicate key '\(duplicates.joined(separator: "', '"))' in YAML", step: "ingest", path: path,
                line: context.mark.line + lineOffset, column: context.mark.column)
        default:
            return .error("malformed YAML: \(error)", step: "ingest", path: path, line: lineOffset + 1, column: 1)
        }
    }
}
