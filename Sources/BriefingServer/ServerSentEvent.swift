/// One message of a `text/event-stream` response.
struct ServerSentEvent: Sendable, Equatable {
    var event: String?
    var data: String

    /// The wire form: one `data:` line per line of data, then a blank line.
    var text: String {
        var out = ""
        if let event { out += "event: \(event)\n" }
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
            out += "data: \(line)\n"
        }
        return out + "\n"
    }

    /// Tells the browser that the site was rebuilt (or failed to build) and which build is now current.
    static func reload(buildID: String) -> ServerSentEvent {
        ServerSentEvent(event: "reload", data: #"{"build":"\#(buildID)"}"#)
    }

    /// Sent on connecting: a page that missed a reload while it was not connected sees the new build.
    static func hello(buildID: String) -> ServerSentEvent {
        ServerSentEvent(event: "hello", data: #"{"build":"\#(buildID)"}"#)
    }
}
