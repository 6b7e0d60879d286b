/// Feature hash → nine weights, by open addressing: the keys are hashes already, so no second hashing.
/// The probe reads a compact array of 32-bit fingerprints, half a megabyte that stays in the core's
/// cache; only where a fingerprint matches does it read the slot's row, which holds the key's other half
/// beside the weights, so that the key is still compared whole. Most lookups are of features the model
/// never saw, and when keys and weights sat side by side each of those missed the cache.
struct FeatureTable: Sendable {
    /// Per slot row: the key's lower half, then its nine weights.
    private static let stride = 10
    /// Per slot: the key's upper half (zero made one), or zero for an empty slot.
    private let fingerprints: [UInt32]
    private let rows: [Int32]
    private let mask: Int

    /// `weights` holds nine per key, in the order of `keys`.
    init(keys: [UInt64], weights: [Int32]) {
        var capacity = 16
        // At most three quarters full, so probes stay short.
        while capacity * 3 < keys.count * 4 { capacity *= 2 }
        var fingerprints = [UInt32](repeating: 0, count: capacity)
        var rows = [Int32](repeating: 0, count: capacity * Self.stride)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            let fingerprint = Self.fingerprint(key)
            let low = Self.low(key)
            var slot = Self.start(key, mask)
            while fingerprints[slot] != 0, fingerprints[slot] != fingerprint || rows[slot * Self.stride] != low { slot = (slot + 1) & mask }
            fingerprints[slot] = fingerprint
            rows[slot * Self.stride] = low
            for k in 0..<9 { rows[slot * Self.stride + 1 + k] = weights[row * 9 + k] }
        }
        self.fingerprints = fingerprints
        self.rows = rows
        self.mask = mask
    }

    /// The slot of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        fingerprints.withUnsafeBufferPointer { fingerprints in
            rows.withUnsafeBufferPointer { rows in
                probe(key, home: fingerprints[Self.start(key, mask)], fingerprints, rows)
            }
        }
    }

    /// The slots of many keys at once, -1 for each absent one. The home slots' fingerprints are all read
    /// before any probe branches on what it found, so that their cache misses overlap rather than queue.
    func rows(_ keys: [UInt64]) -> [Int32] {
        fingerprints.withUnsafeBufferPointer { fingerprints in
            rows.withUnsafeBufferPointer { rows in
                let home = keys.map { fingerprints[Self.start($0, mask)] }
                return keys.indices.map { probe(keys[$0], home: home[$0], fingerprints, rows) }
            }
        }
    }

    /// Walks from `key`'s home slot, whose fingerprint `home` was already read, to its slot or an empty one.
    @inline(__always)
    private func probe(_ key: UInt64, home: UInt32, _ fingerprints: UnsafeBufferPointer<UInt32>, _ rows: UnsafeBufferPointer<Int32>) -> Int32 {
        let fingerprint = Self.fingerprint(key)
        let low = Self.low(key)
        var slot = Self.start(key, mask)
        var found = home
        while true {
            if found == fingerprint, rows[slot * Self.stride] == low { return Int32(slot) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
            found = fingerprints[slot]
        }
    }

    /// The nine weights of the slot `row` gave.
    @inline(__always)
    func withWeights<T>(of row: Int32, _ body: (UnsafeBufferPointer<Int32>) -> T) -> T {
        rows.withUnsafeBufferPointer { rows in
            let base = Int(row) * Self.stride + 1
            return body(UnsafeBufferPointer(rebasing: rows[base..<(base + 9)]))
        }
    }

    /// The key's upper half; zero marks an empty slot.
    @inline(__always) private static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    @inline(__always) private static func low(_ key: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: key)) }

    /// The home slot, mixed from both halves of the key.
    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 15)) & mask }
}
