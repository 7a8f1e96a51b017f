import AsyncHTTPClient
import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension ClipFetchError {
    /// What an error from AsyncHTTPClient or NIO means to the editor: a timeout, or an unreachable site.
    init(transport error: any Error, timeout: Duration) {
        if let clientError = error as? HTTPClientError,
            [.deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout].contains(clientError)
        {
            self = .timeout(timeout)
            return
        }
        let ioError = (error as? IOError) ?? (error as? NIOConnectionError)?.connectionErrors.first?.error as? IOError
        switch ioError?.errnoCode {
        case ECONNREFUSED: self = .unreachable("the connection was refused")
        case ECONNRESET: self = .unreachable("the site closed the connection")
        case EHOSTUNREACH, ENETUNREACH: self = .unreachable("there is no route to the site")
        default: self = .unreachable("the connection failed")
        }
    }
}
