import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text helpers for the hot paths of ingest and extraction. Foundation's versions bridge through
/// NSString and copy; these read the string's own storage.
extension Unicode.Scalar {
    /// What `CharacterSet.whitespaces` holds: space separators and the tab.
    var isSpaceOrTab: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return properties.generalCategory == .spaceSeparator
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs, as `trimmingCharacters(in: .whitespaces)` does.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceOrTab { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isSpaceOrTab { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// True when `needle`'s bytes occur in the text: a plain byte search, no locale, no case folding.
    func containsBytes(of needle: String) -> Bool { String(self).containsBytes(of: needle) }
}

extension String {
    /// The text without leading and trailing spaces and tabs, as `trimmingCharacters(in: .whitespaces)` does.
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }

    /// True when `needle`'s bytes occur in the text: a plain byte search, no locale, no case folding.
    func containsBytes(of needle: String) -> Bool {
        var haystack = self
        return haystack.withUTF8 { h in
            var needle = needle
            return needle.withUTF8 { n in UnsafeBufferPointer.contains(n, in: h) }
        }
    }
}

extension String {
    /// `contains(" ")`, which goes through Foundation's search: a name with no space byte has no space,
    /// and an ASCII one with a space byte has one; only the rest is searched.
    var containsSpace: Bool {
        guard utf8.contains(UInt8(ascii: " ")) else { return false }
        return utf8.allSatisfy { $0 < 0x80 } || contains(" ")
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when `needle`'s bytes occur in `haystack`.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard let hb = haystack.baseAddress, let nb = needle.baseAddress, haystack.count >= needle.count else { return false }
        // libc's memchr and memcmp read many bytes at a time.
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            guard let found = memchr(hb + i, Int32(nb.pointee), last - i + 1) else { return false }
            i = hb.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(hb + i, nb, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }
}

extension String {
    /// The string of a run of Unicode scalars, encoded straight into the string's storage.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The lines of the text, split on "\n" by bytes: `split(separator: "\n")` reads it Character by
    /// Character, which costs grapheme breaking over every article.
    func lines(omittingEmpty: Bool = false) -> [Substring] {
        // Native text is scanned as contiguous bytes; its offsets are valid UTF-8 indices in O(1).
        let base = utf8.startIndex
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> [Substring] in
            var out: [Substring] = []
            var start = 0
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\n") {
                if !omittingEmpty || i > start { out.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: i)]) }
                start = i + 1
            }
            if !omittingEmpty || start < bytes.count { out.append(self[utf8.index(base, offsetBy: start)..<utf8.endIndex]) }
            return out
        }) {
            return found
        }
        var out: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == UInt8(ascii: "\n") {
                if !omittingEmpty || i > start { out.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if !omittingEmpty || start < utf8.endIndex { out.append(self[start..<utf8.endIndex]) }
        return out
    }
}
