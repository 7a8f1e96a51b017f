import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Many sockets at once, watched together with `poll`, so timings are those of each socket and not of the
/// order they are looked at in.
final class SocketFlood {
    let sockets: [RawSocket]
    /// When each socket's bytes were sent; nil while it is not connected.
    private(set) var sentAt: [ContinuousClock.Instant?]
    /// When the server closed each socket; nil while it is open.
    private(set) var closedAt: [ContinuousClock.Instant?]
    /// How many are closed.
    private(set) var closedCount = 0

    /// `count` connections to `port`, started all at once.
    init(count: Int, port: Int) throws {
        sockets = try (0..<count).map { _ in try RawSocket(to: "127.0.0.1", port: port, blocking: false) }
        sentAt = Array(repeating: nil, count: count)
        closedAt = Array(repeating: nil, count: count)
    }

    /// Sends `text` on each socket as soon as its connection is made, until all are sent or `deadline`.
    func send(_ text: String, until deadline: ContinuousClock.Instant) {
        watch(
            Int16(POLLOUT), until: deadline, pending: { self.sentAt[$0] == nil },
            ready: { index in if self.sockets[index].send(text) { self.sentAt[index] = .now } })
    }

    /// Notes when the server closes sockets, until all are closed, `enough` of them are, or `deadline`; bytes
    /// the server sends first are read and dropped.
    func watchClosings(until deadline: ContinuousClock.Instant, enough: Int = .max) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        watch(
            Int16(POLLIN), until: deadline,
            pending: { self.closedCount < enough && self.closedAt[$0] == nil },
            ready: { index in
                let count = buffer.withUnsafeMutableBytes {
                    recv(self.sockets[index].descriptor, $0.baseAddress, $0.count, 0)
                }
                // 0 is an orderly close, an error a reset; both are the server letting go.
                if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) {
                    self.closedAt[index] = .now
                    self.closedCount += 1
                }
            })
    }

    private func watch(
        _ events: Int16, until deadline: ContinuousClock.Instant, pending: (Int) -> Bool, ready: (Int) -> Void
    ) {
        while ContinuousClock.now < deadline {
            let indices = sockets.indices.filter(pending)
            if indices.isEmpty { return }
            var entries = indices.map { pollfd(fd: sockets[$0].descriptor, events: events, revents: 0) }
            guard poll(&entries, nfds_t(entries.count), 20) > 0 else { continue }
            for (entry, index) in zip(entries, indices) where entry.revents != 0 { ready(index) }
        }
    }
}
