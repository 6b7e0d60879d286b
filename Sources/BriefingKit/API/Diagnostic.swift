/// A problem found while building, printed the way compilers print them: `path:line:col: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// The pipeline step that found it ("ingest", "extract", "render", …).
    public var step: String
    public var path: String?
    /// 1-based; 0 when unknown.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    public var message: String

    public init(_ severity: Severity, step: String, path: String?, line: Int = 0, column: Int = 0, message: String) {
        self.severity = severity
        self.step = step
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ message: String, step: String, path: String?, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(.error, step: step, path: path, line: line, column: column, message: message)
    }

    public static func warning(_ message: String, step: String, path: String?, line: Int = 0, column: Int = 0) -> Diagnostic {
        Diagnostic(.warning, step: step, path: path, line: line, column: column, message: message)
    }

    public var description: String {
        var location = ""
        if let path {
            location = path
            if line > 0 {
                location += ":\(line):\(max(column, 1))"
            }
            location += ": "
        }
        return "\(location)\(severity.rawValue): \(message)"
    }
}

/// The one error a build reports to its user: every diagnostic collected, at least one of them an error.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
