import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Comments posted to one server, each over a connection of its own, on threads of their own: blocking sockets
/// must not hold the test's cooperative threads. Every exchange's outcome is kept.
final class PostingConnections: Sendable {
    enum Outcome: Sendable, Equatable {
        /// A whole response came, with this status.
        case answered(Int)
        /// The connection was refused: nobody listened any more.
        case refused
        /// The connection was made, then closed or reset before a whole response came; `bytes` of one came.
        case cut(bytes: Int)
    }

    struct Exchange: Sendable {
        let body: String
        /// Whether the request began before the stop: it was in flight or had been answered.
        let beganBeforeStop: Bool
        let outcome: Outcome
    }

    let port: Int
    let postPath: String
    let exchanges = Mutex<[Exchange]>([])
    private let stopped = Mutex(false)
    private let finishedThreads = Mutex(0)

    init(port: Int, postPath: String) {
        self.port = port
        self.postPath = postPath
    }

    /// Marks the moment of the stop: requests begun after it are told apart, and each loop ends after
    /// its next request.
    func markStopped() {
        stopped.withLock { $0 = true }
    }

    /// `count` threads that each post comments back to back, a new connection for each, until they have sent one
    /// begun after the stop.
    func startLoops(_ count: Int) {
        for thread in 0..<count {
            Thread.detachNewThread { [self] in
                var number = 0
                var began: Bool
                repeat {
                    number += 1
                    began = !stopped.withLock { $0 }
                    let body = "Steady comment \(thread)-\(number) \(UUID().uuidString.prefix(8))"
                    let outcome = exchange(body: body, pauseAfterHalf: nil)
                    exchanges.withLock { $0.append(Exchange(body: body, beganBeforeStop: began, outcome: outcome)) }
                } while began
                finishedThreads.withLock { $0 += 1 }
            }
        }
    }

    /// `count` threads that each send a request's head and half its body, tell `halfSent`, wait for `release`,
    /// then send the rest: requests the server is in the middle of reading when it is stopped.
    func startHeld(_ count: Int, halfSent: DispatchSemaphore, release: DispatchSemaphore) {
        for thread in 0..<count {
            Thread.detachNewThread { [self] in
                let body = "Held comment \(thread) \(UUID().uuidString.prefix(8))"
                let outcome = exchange(body: body, pauseAfterHalf: (halfSent, release))
                exchanges.withLock { $0.append(Exchange(body: body, beganBeforeStop: true, outcome: outcome)) }
                finishedThreads.withLock { $0 += 1 }
            }
        }
    }

    /// Waits until `count` threads have finished, for at most `timeout`; whether they all did.
    func waitForThreads(_ count: Int, timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while finishedThreads.withLock({ $0 }) < count {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(50))
        }
        return true
    }

    private func exchange(body: String, pauseAfterHalf: (DispatchSemaphore, DispatchSemaphore)?) -> Outcome {
        guard let socket = try? RawSocket(to: "127.0.0.1", port: port) else { return .refused }
        let form = "name=Drain&body=" + body.replacingOccurrences(of: " ", with: "+")
        let head =
            "POST \(postPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n"
        let half = form.utf8.count / 2
        socket.send(head + String(form.prefix(half)))
        if let (halfSent, release) = pauseAfterHalf {
            halfSent.signal()
            release.wait()
        }
        socket.send(String(form.dropFirst(half)))
        guard let bytes = socket.readToEndBlocking(timeout: .seconds(20)) else { return .cut(bytes: -1) }
        let text = String(decoding: bytes, as: UTF8.self)
        // A whole response: a status line and the end of its head (redirects and errors here are small).
        guard text.hasPrefix("HTTP/1.1 "), text.contains("\r\n\r\n"),
            let status = Int(text.dropFirst(9).prefix(3))
        else { return .cut(bytes: bytes.count) }
        return .answered(status)
    }
}
