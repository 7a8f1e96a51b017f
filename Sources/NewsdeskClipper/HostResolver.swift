import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Looks a host name up with the system's resolver (`getaddrinfo`, so `/etc/hosts` and numeric forms such as
/// `2130706433` and `0x7f.1` count, as they would for any client), giving every address, so the fetcher can
/// refuse a name when any of them is private.
enum HostResolver {
    /// Lookups run on threads of their own: NIO's shared blocking pool (two threads on two cores) is where
    /// SQLite waits for its locks, and a lookup queued behind those waits would miss the fetch's deadline.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    /// All addresses of `host`, IPv4 first. `getaddrinfo` blocks, so it runs on a thread pool; a task
    /// cancelled meanwhile (the fetch's deadline) stops waiting for it rather than for the resolver's own
    /// timeouts.
    static func addresses(of host: String, on eventLoop: any EventLoop) async throws -> [IPAddress] {
        let promise = eventLoop.makePromise(of: [IPAddress].self)
        pool.runIfActive(eventLoop: eventLoop) { try lookUp(host) }.cascade(to: promise)
        return try await withTaskCancellationHandler {
            try await promise.futureResult.get()
        } onCancel: {
            promise.fail(CancellationError())
        }
    }

    private static func lookUp(_ host: String) throws(ClipFetchError) -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        // Only "no such name" says the name is gone; a name service that failed to answer says nothing about it.
        if status == EAI_NONAME { throw .unknownHost(host) }
        guard status == 0, let list else { throw .unreachable("the site's name could not be looked up") }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let current = entry {
            if let address = current.pointee.ai_addr.flatMap(address(of:)), !addresses.contains(address) {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        guard !addresses.isEmpty else { throw .unknownHost(host) }
        return addresses.filter(\.isIPv4) + addresses.filter { !$0.isIPv4 }
    }

    private static func address(of socketAddress: UnsafeMutablePointer<sockaddr>) -> IPAddress? {
        switch Int32(socketAddress.pointee.sa_family) {
        case AF_INET:
            let v4 = UnsafeMutableRawPointer(socketAddress).assumingMemoryBound(to: sockaddr_in.self).pointee
            return withUnsafeBytes(of: v4.sin_addr) { IPAddress(bytes: Array($0)) }
        case AF_INET6:
            let v6 = UnsafeMutableRawPointer(socketAddress).assumingMemoryBound(to: sockaddr_in6.self).pointee
            return withUnsafeBytes(of: v6.sin6_addr) { IPAddress(bytes: Array($0)) }
        default:
            return nil
        }
    }
}
