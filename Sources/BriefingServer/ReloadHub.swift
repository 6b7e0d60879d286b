import NIOConcurrencyHelpers

/// The open live-reload connections, and the messages sent to all of them.
final class ReloadHub: Sendable {
    private struct Subscribers: Sendable {
        var next = 0
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var closed = false
    }

    private let subscribers = NIOLockedValueBox(Subscribers())

    /// A new connection's messages, in wire form. The stream ends when the hub closes.
    func subscribe() -> (id: Int, messages: AsyncStream<String>) {
        // A slow browser never holds up a rebuild: it keeps only the latest few messages.
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let id = subscribers.withLockedValue { state -> Int? in
            guard !state.closed else { return nil }
            state.next += 1
            state.streams[state.next] = continuation
            return state.next
        }
        guard let id else {
            continuation.finish()
            return (0, stream)
        }
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        let continuation = subscribers.withLockedValue { $0.streams.removeValue(forKey: id) }
        continuation?.finish()
    }

    func send(_ event: ServerSentEvent) {
        send(raw: event.text)
    }

    /// A comment line: keeps idle connections open and finds the ones whose browser has gone.
    func ping() {
        send(raw: ": ping\n\n")
    }

    private func send(raw text: String) {
        let streams = subscribers.withLockedValue { Array($0.streams.values) }
        for stream in streams { stream.yield(text) }
    }

    /// Ends every connection, now and to come, so that the server can stop.
    func close() {
        let streams = subscribers.withLockedValue { state -> [AsyncStream<String>.Continuation] in
            state.closed = true
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }
}
