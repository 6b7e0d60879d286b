import Foundation

/// Turns a file's bytes into clean text: UTF-8 with replacement for bad bytes, no BOM, `\n` line ends.
struct SourceText: Sendable {
    var text: String
    var diagnostics: [Diagnostic]

    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        var diagnostics: [Diagnostic] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw .error(
                "binary file (a NUL byte at offset \(nul)); articles must be UTF-8 text", step: "ingest", path: path)
        }
        var decoded: String
        if let valid = String(validating: body, as: UTF8.self) {
            decoded = valid
        } else {
            let offset = Self.firstInvalidUTF8Offset(body) ?? 0
            diagnostics.append(
                .warning(
                    "invalid UTF-8 at byte offset \(offset); bad bytes were replaced with U+FFFD", step: "ingest",
                    path: path))
            decoded = String(decoding: body, as: UTF8.self)
        }
        // A byte test: `String.contains` goes through Foundation here, and this is asked of every file.
        if body.contains(UInt8(ascii: "\r")) {
            decoded = decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        text = decoded
        self.diagnostics = diagnostics
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var scalarStart = 0
        // The decoder reports errors per sequence; count bytes as we go to find where it failed.
        var countingIterator = AnyIterator<UInt8> {
            guard let b = iterator.next() else { return nil }
            consumed += 1
            return b
        }
        while true {
            scalarStart = consumed
            switch decoder.decode(&countingIterator) {
            case .scalarValue:
                continue
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }
}
