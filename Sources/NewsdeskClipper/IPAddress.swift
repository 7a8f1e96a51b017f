#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address, as the clip fetcher checks it before connecting.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address in network order: 4 bytes for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    /// The address written in `text` in the strict standard forms (`192.0.2.1`, `2001:db8::1`, with or
    /// without brackets); nil for anything else. Loose forms such as `0x7f.1` are host names to the
    /// fetcher, which resolves them like any other.
    public init?(_ text: String) {
        let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        var v4 = [UInt8](repeating: 0, count: 4)
        var v6 = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET, bare, &v4) == 1 {
            bytes = v4
        } else if inet_pton(AF_INET6, bare, &v6) == 1 {
            bytes = v6
        } else {
            return nil
        }
    }

    /// The address of `bytes`, when there are 4 or 16 of them.
    init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// Whether this is an IPv4 address.
    public var isIPv4: Bool { bytes.count == 4 }

    /// The address in its standard form, `192.0.2.1` or `2001:db8::1` (without brackets).
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = isIPv4 ? AF_INET : AF_INET6
        guard inet_ntop(family, bytes, &text, socklen_t(text.count)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension IPAddress {
    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`), which is how a dual-stack
    /// socket reports an IPv4 peer; any other address as it is.
    public var unmapped: IPAddress {
        guard bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF
        else { return self }
        return IPAddress(bytes: Array(bytes[12..<16])) ?? self
    }
}
