import HummingbirdBcrypt
import NIOPosix
import NewsdeskCore

/// bcrypt, run on a thread pool of its own: a hash takes a quarter of a second on purpose, which must stall
/// neither the tasks serving pages nor NIO's shared blocking pool (where SQLite runs: two threads on two cores).
public enum PasswordHashing {
    /// One thread: sign-ins are rare, and a burst of them waits rather than taking both cores.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }()

    /// The work factor for new hashes (2^12 rounds); each hash records its own, so raising it later is safe.
    public static let defaultCost: UInt8 = 12
    /// The lowest work factor accepted (the floor).
    public static let minimumCost: UInt8 = 10

    /// A new salted hash of `password`.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) async throws -> String {
        let cost = max(cost, minimumCost)
        return try await pool.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await pool.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash no password matches, checked against for unknown addresses so that a wrong address takes as
    /// long to refuse as a wrong password (otherwise timing tells which addresses have accounts).
    static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5rMh8Rk6gEDUBNhcMxaZ3s/ttxBqaGy"
}
