/// Checks templates before they render: a tag that names a variable the page does not have, or a
/// partial that does not exist, would otherwise render as silently empty.
///
/// Each template is walked with a sample of the data it receives (every optional field filled in), the
/// way Mustache looks names up: through the sections' scopes, innermost first.
struct TemplateLinter: Sendable {
    /// Sample data per template name.
    let samples: [String: TemplateValue]
    /// Names of every template, for partials and parents.
    let templates: Set<String>

    struct Tag {
        enum Kind { case variable, section, inverted, close, partial, parent, block, comment, delimiter }
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    /// Problems in one template's text, as diagnostics at their line and column.
    func lint(name: String, text: String, path: String) -> [Diagnostic] {
        let tags = Self.tags(in: text)
        if tags.contains(where: { $0.kind == .delimiter }) { return [] }
        var problems: [Diagnostic] = []
        let root = samples[name] ?? samples["base"] ?? .map([:])
        var stack: [TemplateValue?] = [root]
        for tag in tags {
            switch tag.kind {
            case .comment, .delimiter:
                continue
            case .block:
                // A block renders in the scope it stands in.
                stack.append(stack.last ?? nil)
            case .partial, .parent:
                if !templates.contains(tag.name) {
                    problems.append(.error("template '\(name)' uses '\(tag.name)', which is not a template in the folder", step: "render", path: path, line: tag.line, column: tag.column))
                }
                if tag.kind == .parent { stack.append(stack.last ?? nil) }
            case .close:
                if stack.count > 1 { stack.removeLast() }
            case .variable, .section, .inverted:
                let found = Self.resolve(tag.name, in: stack)
                if !found.known {
                    problems.append(.error("template '\(name)' uses '\(tag.name)', which this page does not have", step: "render", path: path, line: tag.line, column: tag.column))
                }
                if tag.kind == .section {
                    switch found.value {
                    case .list(let items)?: stack.append(Self.union(items))
                    case .map?: stack.append(found.value)
                    default: stack.append(nil)
                    }
                } else if tag.kind == .inverted {
                    stack.append(nil)
                }
            }
        }
        return problems
    }

    /// Looks a dotted name up through the scopes. A scope of nil is one the linter cannot see into
    /// (a parent's blocks), where any name is accepted.
    static func resolve(_ name: String, in stack: [TemplateValue?]) -> (known: Bool, value: TemplateValue?) {
        if name == "." { return (true, stack.last ?? nil) }
        let parts = name.split(separator: ".").map(String.init)
        for scope in stack.reversed() {
            guard let scope else { return (true, nil) }
            guard case .map(let values) = scope, var value = values[parts[0]] else { continue }
            for part in parts.dropFirst() {
                guard case .map(let inner) = value, let next = inner[part] else { return (false, nil) }
                value = next
            }
            return (true, value)
        }
        return (false, nil)
    }

    /// One sample standing for every element of a list: the union of their fields.
    static func union(_ values: [TemplateValue]) -> TemplateValue? {
        guard var merged = values.first else { return nil }
        for value in values.dropFirst() { merged = union(merged, value) }
        return merged
    }

    static func union(_ a: TemplateValue, _ b: TemplateValue) -> TemplateValue {
        switch (a, b) {
        case (.map(let x), .map(let y)):
            return .map(x.merging(y) { union($0, $1) })
        case (.list(let x), .list(let y)):
            return .list([union(x + y)].compactMap { $0 })
        default:
            return a
        }
    }

    /// The tags of a template with their positions.
    static func tags(in text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var line = 1
        var lineStart = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\n" {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            guard scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" else {
                i += 1
                continue
            }
            let start = i
            let triple = i + 2 < scalars.count && scalars[i + 2] == "{"
            var j = i + (triple ? 3 : 2)
            var inner = String.UnicodeScalarView()
            while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") {
                inner.append(scalars[j])
                j += 1
            }
            var body = String(inner).trimmingSpaces()
            var kind = Tag.Kind.variable
            if triple {
                kind = .variable
            } else if let sigil = body.first {
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "!": kind = .comment
                case "=": kind = .delimiter
                case "&": kind = .variable
                default: break
                }
                if kind != .variable || sigil == "&" { body = String(body.dropFirst()).trimmingSpaces() }
            }
            // Transforms such as {{uppercased(name)}} name their variable inside the parentheses.
            if let open = body.firstIndex(of: "("), body.hasSuffix(")") {
                body = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
            }
            tags.append(Tag(kind: kind, name: body, line: line, column: start - lineStart + 1))
            // Count newlines inside the tag.
            for k in start..<min(j, scalars.count) where scalars[k] == "\n" {
                line += 1
                lineStart = k + 1
            }
            i = j + (triple ? 3 : 2)
        }
        return tags
    }
}
