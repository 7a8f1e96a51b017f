#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's open-file limit (`RLIMIT_NOFILE`), which every connection counts against.
public enum DescriptorLimit {
    /// Descriptors kept for everything but connections (database, files, the listening socket) at the least.
    static let minimumReserve = 64
    /// Past this many connections memory, not descriptors, is what runs out first.
    static let maximumCap = 16_384

    /// Raises the soft limit to the hard limit, as far as the system lets it; returns the soft limit before
    /// and after, and the hard limit. The usual 1,024 would otherwise cap the server whatever the system
    /// allows.
    public static func raiseSoftLimit() -> (before: Int, after: Int, hard: Int) {
        var limits = rlimit()
        guard get(&limits) else { return (1024, 1024, 1024) }
        let before = Int(clamping: limits.rlim_cur)
        // An unlimited hard limit is not a number a soft limit can take everywhere; a million is plenty.
        let hard = limits.rlim_max == rlim_t.max ? rlim_t(1 << 20) : limits.rlim_max
        if limits.rlim_cur < hard {
            limits.rlim_cur = hard
            _ = set(&limits)
        }
        guard get(&limits) else { return (before, before, Int(clamping: hard)) }
        return (before, Int(clamping: limits.rlim_cur), Int(clamping: limits.rlim_max))
    }

    /// The most connections to hold with `limit` descriptors: an eighth of them (at least 64) kept back for
    /// the rest of the server, so that accepting never fails for want of a descriptor.
    public static func connectionCap(for limit: Int) -> Int {
        let reserve = max(minimumReserve, limit / 8)
        return max(1, min(limit - reserve, maximumCap))
    }

    private static func get(_ limits: inout rlimit) -> Bool {
        #if os(Linux)
            getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limits) == 0
        #else
            getrlimit(RLIMIT_NOFILE, &limits) == 0
        #endif
    }

    private static func set(_ limits: inout rlimit) -> Bool {
        #if os(Linux)
            setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limits) == 0
        #else
            setrlimit(RLIMIT_NOFILE, &limits) == 0
        #endif
    }
}
