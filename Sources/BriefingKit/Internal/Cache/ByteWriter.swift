/// Appends values to a compact binary form: the cache's on-disk format. Integers are LEB128 varints
/// (zig-zag for signed), strings are a length then UTF-8, optionals a presence byte.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func fixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Forgets what was written, keeping the room: for writing a long file a piece at a time.
    mutating func clear() { bytes.removeAll(keepingCapacity: true) }

    /// Bytes as they are, with no length: a file's fixed header.
    mutating func append(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    mutating func raw(_ value: [UInt8]) {
        unsigned(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// What `write` writes, after its length in bytes: a reader can find what follows without
    /// reading it (`ByteReader.sized()`).
    mutating func sized(_ write: (inout ByteWriter) -> Void) {
        var inner = ByteWriter(capacity: 1024)
        write(&inner)
        raw(inner.bytes)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}
