import NIOCore
import NIOPosix

/// A response as read off the socket.
struct RawResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

struct HTTPTestError: Error, CustomStringConvertible {
    var description: String
}

/// A minimal HTTP/1.1 client over a plain socket on 127.0.0.1. It sends the request target exactly as
/// written, so `/../x` reaches the server as it is (URL libraries would tidy it away first).
enum RawHTTP {
    static func send(
        port: Int, _ method: String = "GET", _ target: String, headers: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> RawResponse {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let raw = try await connect(port: port, timeout: timeout) { inbound, outbound in
            try await outbound.write(ByteBuffer(string: request))
            var bytes: [UInt8] = []
            // The server closes the connection after the response, as asked.
            for try await chunk in inbound { bytes += chunk.readableBytesView }
            return bytes
        }
        return try parse(raw)
    }

    /// Opens a connection that is closed after `timeout` whatever happens, so no test can hang on it.
    static func connect<T: Sendable>(
        port: Int, timeout: Duration,
        _ body: (NIOAsyncChannelInboundStream<ByteBuffer>, NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws -> T
    ) async throws -> T {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let raw = channel.channel
        let deadline = Task {
            try await Task.sleep(for: timeout)
            try? await raw.close()
        }
        defer { deadline.cancel() }
        return try await channel.executeThenClose { inbound, outbound in
            try await body(inbound, outbound)
        }
    }

    static func parse(_ raw: [UInt8]) throws -> RawResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = raw.firstRange(of: separator) else {
            throw HTTPTestError(description: "no complete response head in \(raw.count) bytes")
        }
        let head = String(decoding: raw[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw HTTPTestError(description: "bad status line '\(head[0])'")
        }
        var headers: [(name: String, value: String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(raw[end.upperBound...])
        let response = RawResponse(status: status, headers: headers, body: body)
        if response.header("transfer-encoding")?.lowercased() == "chunked" {
            body = try dechunk(body)
        }
        return RawResponse(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstRange(of: Array("\r\n".utf8)) else { break }
            let sizeText = String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw HTTPTestError(description: "bad chunk size '\(sizeText)'")
            }
            if size == 0 { break }
            let start = lineEnd.upperBound
            out += bytes[start..<min(bytes.count, start + size)]
            index = start + size + 2
        }
        return out
    }
}

/// Reads the messages of a `text/event-stream` response as they arrive.
struct EventStreamReader {
    struct Message: Equatable {
        var event: String
        var data: String
    }

    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var text = ""

    /// The next message named `event`, skipping others; throws when the stream ends first.
    mutating func next(_ event: String) async throws -> Message {
        while true {
            while let message = takeMessage() {
                if message.event == event { return message }
            }
            guard let chunk = try await iterator.next() else {
                throw HTTPTestError(description: "the event stream ended before a '\(event)' event; got: \(text)")
            }
            text += String(buffer: chunk)
        }
    }

    /// The first complete message in what was read. Chunk sizes of the chunked encoding sit on lines of
    /// their own and are skipped, since the server writes each message in one chunk.
    private mutating func takeMessage() -> Message? {
        guard let start = text.range(of: "event: ") else { return nil }
        guard let end = text.range(of: "\n\n", range: start.upperBound..<text.endIndex) else { return nil }
        let block = text[start.lowerBound..<end.lowerBound]
        text = String(text[end.upperBound...])
        var name = ""
        var data: [String] = []
        for line in block.split(separator: "\n") {
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        return Message(event: name, data: data.joined(separator: "\n"))
    }
}

extension RawHTTP {
    /// Opens the live-reload stream at `target`, checks its head, and runs `body` with a reader.
    static func withEventStream<T: Sendable>(
        port: Int, _ target: String, timeout: Duration = .seconds(120), _ body: (inout EventStreamReader) async throws -> T
    ) async throws -> T {
        try await connect(port: port, timeout: timeout) { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n"))
            var reader = EventStreamReader(iterator: inbound.makeAsyncIterator())
            // Wait for the head, so that the caller knows the server has the connection.
            while !reader.text.contains("\r\n\r\n") {
                guard let chunk = try await reader.iterator.next() else { throw HTTPTestError(description: "no response to \(target)") }
                reader.text += String(buffer: chunk)
            }
            let head = reader.text.components(separatedBy: "\r\n\r\n")[0]
            guard head.hasPrefix("HTTP/1.1 200"), head.lowercased().contains("content-type: text/event-stream") else {
                throw HTTPTestError(description: "not an event stream: \(head)")
            }
            return try await body(&reader)
        }
    }
}
