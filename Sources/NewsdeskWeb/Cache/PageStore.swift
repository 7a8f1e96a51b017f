/// The pages a `PageCache` keeps, fresh and stale, within a byte budget: past it, the least recently used go
/// first. Not thread-safe on its own; `PageCache` holds it under its lock.
struct PageStore {
    struct Entry {
        var page: CachedPage
        /// What keeping the page costs: its bytes, its key's and a share for the dictionaries and headers.
        let bytes: Int
        var lastUsed: UInt64
    }

    /// What the entries may hold in all.
    let byteLimit: Int
    private(set) var fresh: [String: Entry] = [:]
    private(set) var stale: [String: Entry] = [:]
    /// The sum of the entries' `bytes`.
    private(set) var byteCount = 0
    private var clock: UInt64 = 0

    init(byteLimit: Int) {
        self.byteLimit = max(0, byteLimit)
    }

    /// What an entry is charged besides its page's bytes: headers, the dictionary slot, the key's object.
    static let entryOverhead = 512

    /// The fresh page under `key`, marked as used now.
    mutating func freshPage(_ key: String) -> CachedPage? {
        Self.use(key, in: &fresh, clock: &clock)
    }

    /// The stale page under `key`, marked as used now.
    mutating func stalePage(_ key: String) -> CachedPage? {
        Self.use(key, in: &stale, clock: &clock)
    }

    private static func use(_ key: String, in entries: inout [String: Entry], clock: inout UInt64) -> CachedPage? {
        guard let index = entries.index(forKey: key) else { return nil }
        clock &+= 1
        entries.values[index].lastUsed = clock
        return entries.values[index].page
    }

    /// The page under `key`, fresh or stale, without marking it used.
    func anyPage(_ key: String) -> CachedPage? {
        fresh[key]?.page ?? stale[key]?.page
    }

    /// Whether anything is kept under `key`.
    func holds(_ key: String) -> Bool {
        fresh[key] != nil || stale[key] != nil
    }

    /// Keeps `page` under `key` as fresh or stale, replacing what was there; a page larger than the whole budget
    /// is not kept. Returns the keys that were pushed out to make room.
    @discardableResult
    mutating func keep(_ page: CachedPage, under key: String, fresh isFresh: Bool) -> [String] {
        remove(key)
        let bytes = page.byteCount + key.utf8.count + Self.entryOverhead
        guard bytes <= byteLimit else { return [] }
        clock &+= 1
        let entry = Entry(page: page, bytes: bytes, lastUsed: clock)
        if isFresh { fresh[key] = entry } else { stale[key] = entry }
        byteCount += bytes
        return byteCount > byteLimit ? evict() : []
    }

    /// Drops what is kept under `key`.
    mutating func remove(_ key: String) {
        if let old = fresh.removeValue(forKey: key) { byteCount -= old.bytes }
        if let old = stale.removeValue(forKey: key) { byteCount -= old.bytes }
    }

    /// Turns every fresh page stale (a fresh page replaces a stale one under the same key).
    mutating func staleEverything() {
        for (key, entry) in fresh {
            if let old = stale.updateValue(entry, forKey: key) { byteCount -= old.bytes }
        }
        fresh.removeAll(keepingCapacity: true)
    }

    /// Turns the fresh pages whose subject `isChanged` stale.
    mutating func stale(where isChanged: (PageSubject) -> Bool) {
        let changed = fresh.filter { isChanged($0.value.page.subject) }
        for (key, entry) in changed {
            fresh[key] = nil
            if let old = stale.updateValue(entry, forKey: key) { byteCount -= old.bytes }
        }
    }

    /// Drops the least recently used entries until a tenth of the budget is free, so that eviction, which sorts,
    /// runs once per many insertions rather than at each.
    private mutating func evict() -> [String] {
        let target = byteLimit - byteLimit / 10
        let byAge = (fresh.map { ($0.key, $0.value.lastUsed) } + stale.map { ($0.key, $0.value.lastUsed) })
            .sorted { $0.1 < $1.1 }
        var evicted: [String] = []
        for (key, _) in byAge {
            guard byteCount > target else { break }
            remove(key)
            evicted.append(key)
        }
        return evicted
    }
}
