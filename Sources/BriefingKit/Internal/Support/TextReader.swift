/// A value-type cursor over a string's Unicode scalars, for the small hand-written parsers.
struct TextReader: Sendable {
    private let scalars: [Unicode.Scalar]
    private(set) var offset: Int = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var isAtEnd: Bool { offset >= scalars.count }

    func peek(offset extra: Int = 0) -> Unicode.Scalar? {
        let i = offset + extra
        return i < scalars.count ? scalars[i] : nil
    }

    mutating func skip(_ count: Int = 1) {
        offset = min(scalars.count, offset + count)
    }

    mutating func skipSpaces() {
        while let s = peek(), s == " " || s == "\t" || s == "\u{00A0}" { offset += 1 }
    }

    mutating func read(while predicate: (Unicode.Scalar) -> Bool) -> String {
        var view = String.UnicodeScalarView()
        while let s = peek(), predicate(s) {
            view.append(s)
            offset += 1
        }
        return String(view)
    }

    /// Reads up to, not including, `terminator`.
    mutating func read(until terminator: Unicode.Scalar) -> String {
        read(while: { $0 != terminator })
    }

    var rest: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[min(offset, scalars.count)...])
        return String(view)
    }
}
