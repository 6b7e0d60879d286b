/// A quick "certainly not" before a hash lookup: one bit for each pair of first byte and length of
/// the words a table holds. Most words of a text start no name and no date, and a bit test is far
/// cheaper than hashing the string.
struct WordFilter: Sendable {
    /// Bit `min(length, 63)` of entry `first byte`.
    private var bits = [UInt64](repeating: 0, count: 256)
    /// True while every word inserted is ASCII. A word with other bytes is canonically equal to an ASCII
    /// word only through the Kelvin sign, the Greek question mark and the Greek varia, which equal "K",
    /// ";" and "`"; `insert` sets the bits of those spellings too, so the bit test alone decides.
    private var asciiOnly = true

    init<S: Sequence<String>>(_ words: S) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        let (first, bit) = Self.slot(word)
        bits[first] |= bit
        let utf8 = word.utf8
        guard asciiOnly, utf8.allSatisfy({ $0 < 0x80 }) else {
            asciiOnly = false
            return
        }
        // The same word with any of its "K", ";" and "`" written as the sign they stand for: two, one and
        // two bytes longer each, and starting with that sign's first byte when the word starts with one.
        let kelvins = utf8.count { $0 == UInt8(ascii: "K") }
        let questionMarks = utf8.count { $0 == UInt8(ascii: ";") }
        let varias = utf8.count { $0 == UInt8(ascii: "`") }
        guard kelvins + questionMarks + varias > 0 else { return }
        var firsts = [first]
        switch utf8.first {
        case UInt8(ascii: "K"): firsts.append(0xE2)
        case UInt8(ascii: ";"): firsts.append(0xCD)
        case UInt8(ascii: "`"): firsts.append(0xE1)
        default: break
        }
        for k in 0...kelvins {
            for q in 0...questionMarks {
                for v in 0...varias {
                    let length = utf8.count + 2 * k + q + 2 * v
                    for byte in firsts { bits[byte] |= 1 << UInt64(min(length, 63)) }
                }
            }
        }
    }

    /// False when `word` is certainly not among the words inserted. Unless the words are all ASCII, a
    /// word with bytes beyond ASCII is always let through: Swift compares strings by canonical
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
