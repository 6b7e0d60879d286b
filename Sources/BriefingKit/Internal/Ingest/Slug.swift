import Foundation

/// URL slugs: lower-case ASCII letters, digits and single hyphens.
enum Slug {
    /// Makes a slug from any text. Text with no Latin letters or digits gets a stable hash-based slug.
    static func make(from text: String, maxLength: Int = 80) -> String {
        // Every actor of a site gets a slug at every build: ASCII text, which has nothing to fold but its
        // case (lowered at the end), skips Foundation's folding, by far the dearest step.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        // `out` holds ASCII only, so its length is counted here rather than walked each time.
        var length = 0
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !out.isEmpty {
                    out.append("-")
                    length += 1
                }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                length += 1
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
            if length >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "article-" + stableHash(text) }
        return out.lowercased()
    }

    /// Checks a slug given by hand; returns the reason it is refused, or nil when it is safe.
    static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "slug is empty" }
        if slug.contains("\0") { return "slug contains a NUL character" }
        if slug.contains("..") { return "slug contains '..'" }
        if slug.contains("/") || slug.contains("\\") { return "slug contains a path separator" }
        if slug.contains(":") { return "slug contains ':' (a drive letter or scheme)" }
        if slug.hasPrefix(".") { return "slug starts with '.'" }
        if slug != make(from: slug) { return "slug may only hold lower-case letters a-z, digits and single hyphens" }
        return nil
    }

    /// FNV-1a, 64 bits, as 12 hex digits: the same on every machine and every run.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }
}
