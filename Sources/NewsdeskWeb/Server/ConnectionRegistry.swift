import Logging
import NIOCore
import Synchronization

/// The open connections, in the order they were accepted, and the cap on their number.
///
/// Over the cap, the oldest connection that is not in the middle of a request (still waiting for a complete
/// head, or kept alive between requests) is closed to make room; only when every connection is busy with a
/// request is the newcomer closed instead. So clients that open sockets and send nothing, or half a request,
/// cannot keep readers out: each new connection pushes the oldest of theirs out, and the cap keeps the
/// server below its open-file limit, where accepting would fail for everyone.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        let channel: any Channel
        var isBusy = false
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        /// Identifiers in the order accepted; closed ones are skipped and dropped as the front moves on.
        var order: [UInt64] = []
        var front = 0
        var nextID: UInt64 = 0
        var evictions = 0
    }

    /// The most connections open at once.
    let cap: Int
    private let logger: Logger
    private let state = Mutex(State())

    init(cap: Int, logger: Logger) {
        self.cap = cap
        self.logger = logger
    }

    /// Counts `channel` in, closing another connection (or this one) when that puts the count over the cap;
    /// returns its identifier.
    func register(_ channel: any Channel) -> UInt64 {
        let (id, victim, evictions) = state.withLock { state -> (UInt64, (any Channel)?, Int) in
            let id = state.nextID
            state.nextID += 1
            state.entries[id] = Entry(channel: channel)
            state.order.append(id)
            guard state.entries.count > cap else { return (id, nil, 0) }
            let victim = Self.oldestIdle(in: &state, sparing: id) ?? id
            let closed = state.entries.removeValue(forKey: victim)?.channel
            state.evictions += 1
            return (id, closed, state.evictions)
        }
        if let victim {
            // Once, then every thousandth time: a flood must not flood the log as well.
            if evictions % 1000 == 1 {
                logger.warning(
                    "\(cap) connections are open, the most allowed; closing the oldest idle one for each new one (\(evictions) so far)."
                )
            }
            victim.close(promise: nil)
        }
        return id
    }

    /// Marks the connection as answering a request (not to be closed for room) or as between requests.
    func setBusy(_ id: UInt64, _ busy: Bool) {
        state.withLock { state in state.entries[id]?.isBusy = busy }
    }

    /// Counts the connection out.
    func unregister(_ id: UInt64) {
        state.withLock { state in
            state.entries[id] = nil
            Self.tidy(in: &state)
        }
    }

    /// How many connections are counted now.
    var count: Int { state.withLock { $0.entries.count } }

    private static func oldestIdle(in state: inout State, sparing spared: UInt64) -> UInt64? {
        tidy(in: &state)
        for index in state.front..<state.order.count {
            let id = state.order[index]
            if id != spared, let entry = state.entries[id], !entry.isBusy { return id }
        }
        return nil
    }

    private static func tidy(in state: inout State) {
        while state.front < state.order.count, state.entries[state.order[state.front]] == nil {
            state.front += 1
        }
        // Rebuilt now and then without the closed ones, so the list stays about as long as the connections
        // open even when a long-lived one keeps the front from moving.
        if state.front > 4096 || state.order.count - state.front > 2 * state.entries.count + 1024 {
            state.order = state.order[state.front...].filter { state.entries[$0] != nil }
            state.front = 0
        }
    }
}
