/// Where an IP address leads, as far as fetching a story is concerned: only `public` addresses are on the
/// Internet; the others reach this server, its private networks or nothing, and a clip URL that leads there
/// is a request forgery, however it is dressed up.
public enum AddressScope: String, Sendable, Hashable, CaseIterable {
    /// An ordinary Internet address.
    case `public`
    /// This machine: 127.0.0.0/8, ::1.
    case loopback
    /// Private networks: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7, fec0::/10.
    case privateNetwork
    /// The local link, cloud metadata services among it: 169.254.0.0/16, fe80::/10.
    case linkLocal
    /// "This host": 0.0.0.0/8, ::.
    case unspecified
    /// Carrier-grade NAT, 100.64.0.0/10.
    case sharedAddressSpace
    /// Multicast: 224.0.0.0/4, ff00::/8.
    case multicast
    /// The limited broadcast address, 255.255.255.255.
    case broadcast
    /// Documentation, benchmarking, protocol and future-use ranges, and IPv6 outside global unicast.
    case reserved

    /// Every scope but `public`.
    public static let nonPublic = Set(allCases).subtracting([.public])
}
