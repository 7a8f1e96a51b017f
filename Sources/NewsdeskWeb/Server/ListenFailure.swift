import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Why the server could not listen on its address, as a sentence for the operator, not a library's error.
public enum ListenFailure {
    /// The sentence for `error` thrown while starting to listen on `host`:`port`, or nil when it is not
    /// about the address.
    public static func sentence(for error: any Error, host: String, port: Int) -> String? {
        let address = "\(host):\(port)"
        if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            return "Cannot listen on \(address): \(host) is not an address or a name this machine can look up."
        }
        guard let error = error as? IOError else { return nil }
        switch error.errnoCode {
        case EADDRINUSE:
            return "Cannot listen on \(address): another program is already listening there (--port chooses another)."
        case EACCES:
            return "Cannot listen on \(address): ports below 1024 need privileges this process lacks."
        case EADDRNOTAVAIL:
            return "Cannot listen on \(address): \(host) is not an address of this machine."
        default:
            return nil
        }
    }
}
