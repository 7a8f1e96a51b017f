import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Many sockets at once, watched together with `poll`, so timings are those of each socket and not of the
/// order they are looked at in.
struct SocketFlood {
    let sockets: [RawSocket]

    /// `count` connections to `port`, started all at once.
    init(count: Int, port: Int) throws {
        sockets = try (0..<count).map { _ in try RawSocket(to: "127.0.0.1", port: port, blocking: false) }
    }

    /// Sends `text` on each socket as soon as its connection is made; when each was sent (nil: not connected
    /// by `deadline`).
    func send(_ text: String, until deadline: ContinuousClock.Instant) -> [ContinuousClock.Instant?] {
        var sentAt: [ContinuousClock.Instant?] = Array(repeating: nil, count: sockets.count)
        watch(Int16(POLLOUT), pending: { sentAt[$0] == nil }, until: deadline) { index in
            if sockets[index].send(text) { sentAt[index] = .now }
        }
        return sentAt
    }

    /// When the server closed each socket (nil: still open at `deadline`); bytes it sent first are read and
    /// dropped.
    func closings(until deadline: ContinuousClock.Instant) -> [ContinuousClock.Instant?] {
        var closedAt: [ContinuousClock.Instant?] = Array(repeating: nil, count: sockets.count)
        var buffer = [UInt8](repeating: 0, count: 4096)
        watch(Int16(POLLIN), pending: { closedAt[$0] == nil }, until: deadline) { index in
            let count = buffer.withUnsafeMutableBytes { recv(sockets[index].descriptor, $0.baseAddress, $0.count, 0) }
            // 0 is an orderly close, an error a reset; both are the server letting go.
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) { closedAt[index] = .now }
        }
        return closedAt
    }

    private func watch(
        _ events: Int16, pending: (Int) -> Bool, until deadline: ContinuousClock.Instant, ready: (Int) -> Void
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
