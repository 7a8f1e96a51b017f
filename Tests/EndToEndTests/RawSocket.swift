import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP socket from a chosen loopback address (127.0.0.3 and the like), for what AsyncHTTPClient cannot do:
/// speak from another client address, or send half a request and hold it.
final class RawSocket: @unchecked Sendable {
    let descriptor: Int32

    /// Connects from `source` (any port) to `host:port`; with `blocking` false the connection is only
    /// started, and `waitUntilWritable` tells when it is made.
    init(to host: String, port: Int, from source: String? = nil, blocking: Bool = true) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawSocketError.failed("socket", errno) }
        if let source {
            var local = Self.address(source, port: 0)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            // No close here: `deinit` runs when an initializer that has set every property throws, and a second
            // close could shut a descriptor another test's thread has been given since (a SQLite file, say).
            guard bound == 0 else { throw RawSocketError.failed("bind", errno) }
        }
        if !blocking { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
        var remote = Self.address(host, port: port)
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 || (!blocking && errno == EINPROGRESS) else {
            throw RawSocketError.failed("connect", errno)
        }
    }

    /// Closes the socket: also when `init` throws after opening it.
    deinit {
        close(descriptor)
    }

    /// Sends all of `text` (no SIGPIPE if the peer has gone); false when the connection is gone.
    @discardableResult
    func send(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            bytes = bytes.dropFirst(sent)
        }
        return true
    }

    /// Everything until the peer closes, waiting at most `timeout` in all; nil when it did not close in time.
    /// The wait is on a thread of its own: blocking one of the two cooperative threads of a 2-core machine for
    /// seconds stalled every other test in the process (a 1 s fetch deadline measured 16 s).
    func readToEnd(timeout: Duration) async -> [UInt8]? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.readToEndBlocking(timeout: timeout)) }
        }
    }

    /// ``readToEnd(timeout:)`` on the calling thread, for callers on threads of their own.
    func readToEndBlocking(timeout: Duration) -> [UInt8]? {
        let deadline = ContinuousClock.now + timeout
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero, wait(for: Int16(POLLIN), timeout: left) else { return nil }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            // A reset is the peer closing too, the hard way.
            guard count > 0 else { return received }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    /// Whether the socket becomes ready for `events` within `timeout`.
    func wait(for events: Int16, timeout: Duration) -> Bool {
        var entry = pollfd(fd: descriptor, events: events, revents: 0)
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return poll(&entry, 1, max(0, milliseconds)) == 1
    }

    private static func address(_ host: String, port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        return address
    }
}

enum RawSocketError: Error, CustomStringConvertible {
    case failed(String, Int32)

    var description: String {
        switch self {
        case .failed(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// One HTTP/1.1 exchange over a `RawSocket` with `Connection: close`.
struct RawHTTPReply {
    let status: Int
    let headers: [String: String]
    let body: String

    /// Sends `method path` with `headers` and `body` to `host:port` from `source`; the reply.
    static func exchange(
        _ method: String, _ path: String, host: String, port: Int, from source: String,
        headers: [(String, String)] = [], body: String = ""
    ) async throws -> RawHTTPReply {
        let socket = try RawSocket(to: host, port: port, from: source)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.utf8.count)\r\n" }
        guard socket.send(head + "\r\n" + body), let bytes = await socket.readToEnd(timeout: .seconds(20)) else {
            throw RawSocketError.failed("exchange", ETIMEDOUT)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = parts[0].components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawHTTPReply(status: status, headers: fields, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
