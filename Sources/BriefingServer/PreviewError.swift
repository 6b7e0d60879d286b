/// Why the preview could not start.
public enum PreviewError: Error, Sendable, CustomStringConvertible {
    /// Another program already listens on the port.
    case portInUse(host: String, port: Int)
    /// The address cannot be listened on.
    case cannotListen(host: String, port: Int, reason: String)
    /// An option is wrong.
    case invalidOption(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            let other = port < 65535 ? port + 1 : 8000
            return "error: port \(port) on \(host) is already in use; choose another with --port \(other) (or --port 0 for any free port)"
        case .cannotListen(let host, let port, let reason):
            return "error: cannot listen on \(host):\(port): \(reason)"
        case .invalidOption(let message):
            return "error: \(message)"
        }
    }
}
