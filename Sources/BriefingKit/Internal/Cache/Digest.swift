/// A 128-bit digest that is the same in every process and on every run, unlike `Hasher`: what the
/// cache on disk compares a page's inputs and bytes by. Not cryptographic; inputs are the user's own
/// files, and a collision would only keep a stale page until the next change.
struct Digest: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    static let zero = Digest(high: 0, low: 0)

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of one run of bytes.
    init(of bytes: [UInt8]) {
        var hasher = DigestHasher()
        hasher.add(bytes)
        self = hasher.finish()
    }

    func write(to w: inout ByteWriter) {
        w.fixed(high)
        w.fixed(low)
    }

    init(from r: inout ByteReader) throws(ByteReader.Malformed) {
        high = try r.fixed()
        low = try r.fixed()
    }
}

/// Builds a `Digest` from runs of bytes, eight at a time. Each run is followed by its length, so runs
/// cannot run together ("ab" + "c" differs from "a" + "bc").
struct DigestHasher {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344

    fileprivate mutating func mix(_ word: UInt64) {
        a = ((a ^ word) &* 0x9E37_79B9_7F4A_7C15)
        a = (a << 31) | (a >> 33)
        b = ((b ^ word) &* 0xC2B2_AE3D_27D4_EB4F)
        b = (b << 27) | (b >> 37)
        b = b &+ a
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
        mix(UInt64(count) ^ 0xA5A5_A5A5_0000_0000)
    }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ value: Int) { mix(UInt64(bitPattern: Int64(value))) }

    mutating func add(_ digest: Digest) {
        mix(digest.high)
        mix(digest.low)
    }

    /// Murmur3's finalizer on each lane, so that every input bit reaches every output bit.
    func finish() -> Digest {
        func avalanche(_ x: UInt64) -> UInt64 {
            var x = x
            x ^= x >> 33
            x = x &* 0xFF51_AFD7_ED55_8CCD
            x ^= x >> 33
            x = x &* 0xC4CE_B9FE_1A85_EC53
            x ^= x >> 33
            return x
        }
        let low = avalanche(a ^ (b >> 1))
        return Digest(high: avalanche(b &+ low), low: low)
    }
}

/// The digest of one run of bytes that arrives in pieces: the same `Digest` as `Digest(of:)` gives for
/// the whole run, however it is cut, so a file written piece by piece is known by the same digest as
/// one written at once.
struct DigestStream {
    private var hasher = DigestHasher()
    /// Up to seven bytes waiting for the rest of their word.
    private var pending: [UInt8] = []
    private var count = 0

    mutating func add(_ bytes: [UInt8]) {
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(8 - pending.count, bytes.count)
            pending += bytes[0..<taken]
            offset = taken
            guard pending.count == 8 else { return }
            hasher.mix(pending.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
            pending.removeAll(keepingCapacity: true)
        }
        bytes.withUnsafeBytes { raw in
            while offset + 8 <= raw.count {
                hasher.mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
        }
        pending += bytes[offset...]
    }

    func finish() -> Digest {
        var hasher = hasher
        var tail: UInt64 = 0
        for (index, byte) in pending.enumerated() { tail |= UInt64(byte) << UInt64(8 * index) }
        hasher.mix(tail)
        hasher.mix(UInt64(count) ^ 0xA5A5_A5A5_0000_0000)
        return hasher.finish()
    }
}
