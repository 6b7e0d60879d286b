/// Data handed to a template: text, flags, numbers, lists and maps. Text is HTML-escaped by
/// `{{name}}` and inserted as it is only by `{{{name}}}`, which the default templates keep for HTML
/// that Briefing rendered itself.
public enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case map([String: TemplateValue])

    /// The plain Swift value Mustache walks.
    var any: Any {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .int(let i): return i
        case .list(let l): return l.map(\.any)
        case .map(let m): return m.mapValues(\.any)
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// The seam between Briefing and a template engine.
public protocol TemplateRendering: Sendable {
    /// Renders the named template; a missing template is an error naming it.
    func render(_ template: String, _ context: TemplateValue) throws(Diagnostic) -> String
}
