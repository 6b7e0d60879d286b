extension NERModel {
    /// Word clusters (`Tests/Tools/ner/make_clusters.py`): words that keep the same company in news text
    /// share a number, so that what the tagger learnt of one name carries to names it never saw.
    /// Words are known by the FNV-1a hash of their lower-cased bytes, as the file names them.
    struct Clusters: Sendable {
        /// Open addressing on the word hash; a zero key is an empty slot.
        private let keys: [UInt64]
        private let values: [UInt16]
        private let mask: Int
        /// How many clusters there are: numbers run from 0 to `count - 1`.
        let count: Int

        /// `tsv` has a line per word: 16 hex digits of its hash, a tab, its cluster number. A malformed
        /// line is skipped, as the weights file's are.
        init(tsv: String) {
            var tsv = tsv
            let entries = tsv.withUTF8 { Self.parse($0) }
            var capacity = 16
            while capacity < entries.count * 2 { capacity *= 2 }
            var keys = [UInt64](repeating: 0, count: capacity)
            var values = [UInt16](repeating: 0, count: capacity)
            let mask = capacity - 1
            var count = 0
            for (key, value) in entries where key != 0 {
                var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
                while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = value
                count = max(count, Int(value) + 1)
            }
            self.keys = keys
            self.values = values
            self.mask = mask
            self.count = count
        }

        /// The cluster of the word whose lower-cased bytes hash to `key`, or nil for a word of none.
        @inline(__always)
        func cluster(_ key: UInt64) -> Int? {
            guard key != 0 else { return nil }
            return keys.withUnsafeBufferPointer { keys in
                var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
                while true {
                    let found = keys[slot]
                    if found == key { return Int(values[slot]) }
                    if found == 0 { return nil }
                    slot = (slot + 1) & mask
                }
            }
        }

        private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [(UInt64, UInt16)] {
            var entries: [(UInt64, UInt16)] = []
            entries.reserveCapacity(bytes.count / 20)
            var i = 0
            while i < bytes.count {
                var key: UInt64 = 0
                var digits = 0
                while i < bytes.count, let digit = Self.hexDigit(bytes[i]), digits < 16 {
                    key = key << 4 | UInt64(digit)
                    digits += 1
                    i += 1
                }
                var value = 0
                var valueDigits = 0
                if digits == 16, i < bytes.count, bytes[i] == UInt8(ascii: "\t") {
                    i += 1
                    while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), valueDigits < 5 {
                        value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                        valueDigits += 1
                        i += 1
                    }
                }
                let lineEnds = i >= bytes.count || bytes[i] == UInt8(ascii: "\n")
                if lineEnds, valueDigits > 0, let value = UInt16(exactly: value) { entries.append((key, value)) }
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                i += 1
            }
            return entries
        }

        private static func hexDigit(_ b: UInt8) -> UInt8? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
            default: nil
            }
        }
    }

    /// The hashed `c=`, `c-1=` and `c+1=` features for each cluster number, then for a word of no
    /// cluster ("?"), then for a place past the sentence's ends ("-").
    struct ClusterFeatures: Sendable {
        let current, before, after: [UInt64]
        let unknown: Int
        let outside: Int

        init(count: Int) {
            let values = (0..<count).map { String($0) } + ["?", "-"]
            func states(_ template: String) -> [UInt64] {
                let prefix = NERModel.fnv(NERModel.basis, template.utf8)
                return values.map { NERModel.fnv(prefix, $0.utf8) }
            }
            current = states("c=")
            before = states("c-1=")
            after = states("c+1=")
            unknown = count
            outside = count + 1
        }
    }
}
