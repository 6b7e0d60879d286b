/// A quick "certainly not" before a hash lookup: one bit for each pair of first byte and length of
/// the words a table holds. Most words of a text start no name and no date, and a bit test is far
/// cheaper than hashing the string.
struct WordFilter: Sendable {
    /// Bit `min(length, 63)` of entry `first byte`.
    private var bits = [UInt64](repeating: 0, count: 256)
    /// True while every word inserted is ASCII without "K", ";" or "`": the only ASCII a word with other
    /// bytes can be canonically equal to comes from the Kelvin sign, the Greek question mark and the
    /// Greek varia, so no such word can equal one of these, and the bit test alone decides.
    private var asciiOnly = true

    init<S: Sequence<String>>(_ words: S) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        let (first, bit) = Self.slot(word)
        bits[first] |= bit
        if asciiOnly, word.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`") }) {
            asciiOnly = false
        }
    }

    /// False when `word` is certainly not among the words inserted. Unless the words are all plain ASCII,
    /// a word with bytes beyond ASCII is always let through: Swift compares strings by canonical
    /// equivalence, and "é" written as one or two scalars has other bytes, so its bytes prove nothing.
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let (first, bit) = Self.slot(word)
        return bits[first] & bit != 0 || !asciiOnly && !word.utf8.allSatisfy { $0 < 0x80 }
    }

    @inline(__always)
    private static func slot(_ word: String) -> (Int, UInt64) {
        let utf8 = word.utf8
        return (Int(utf8.first ?? 0), 1 << UInt64(min(utf8.count, 63)))
    }
}
