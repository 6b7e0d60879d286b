/// A quick "certainly not" before a hash lookup: one bit for each pair of first byte and length of
/// the words a table holds. Most words of a text start no name and no date, and a bit test is far
/// cheaper than hashing the string.
struct WordFilter: Sendable {
    /// Bit `min(length, 63)` of entry `first byte`.
    private var bits = [UInt64](repeating: 0, count: 256)

    init<S: Sequence<String>>(_ words: S) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        let (first, bit) = Self.slot(word)
        bits[first] |= bit
    }

    /// False when `word` is certainly not among the words inserted. A word with bytes beyond ASCII is
    /// always let through: Swift compares strings by canonical equivalence, and "é" written as one or
    /// two scalars has other bytes, so its bytes prove nothing.
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let (first, bit) = Self.slot(word)
        return bits[first] & bit != 0 || !word.utf8.allSatisfy { $0 < 0x80 }
    }

    @inline(__always)
    private static func slot(_ word: String) -> (Int, UInt64) {
        let utf8 = word.utf8
        return (Int(utf8.first ?? 0), 1 << UInt64(min(utf8.count, 63)))
    }
}
