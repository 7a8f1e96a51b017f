extension IPAddress {
    /// IPv4 ranges by first match: prefix, prefix length, scope. Broadcast comes before the 240.0.0.0/4 it
    /// lies in.
    private static let ipv4Ranges: [(UInt32, UInt32, AddressScope)] = [
        (0x0000_0000, 8, .unspecified),
        (0x0A00_0000, 8, .privateNetwork),
        (0x6440_0000, 10, .sharedAddressSpace),
        (0x7F00_0000, 8, .loopback),
        (0xA9FE_0000, 16, .linkLocal),
        (0xAC10_0000, 12, .privateNetwork),
        (0xC000_0000, 24, .reserved),  // IETF protocol assignments
        (0xC000_0200, 24, .reserved),  // documentation
        (0xC058_6300, 24, .reserved),  // the old 6to4 relay anycast
        (0xC0A8_0000, 16, .privateNetwork),
        (0xC612_0000, 15, .reserved),  // benchmarking
        (0xC633_6400, 24, .reserved),  // documentation
        (0xCB00_7100, 24, .reserved),  // documentation
        (0xE000_0000, 4, .multicast),
        (0xFFFF_FFFF, 32, .broadcast),
        (0xF000_0000, 4, .reserved),
    ]

    /// Where the address leads. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64's
    /// 64:ff9b::/96, 6to4's 2002::/16) lead where that IPv4 address does, since that is where the packets go.
    public var scope: AddressScope {
        isIPv4 ? Self.scope(ofIPv4: bytes[0...]) : ipv6Scope
    }

    private static func scope(ofIPv4 bytes: ArraySlice<UInt8>) -> AddressScope {
        let value = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        for (prefix, length, scope) in ipv4Ranges where value >> (32 - length) == prefix >> (32 - length) {
            return scope
        }
        return .public
    }

    private var ipv6Scope: AddressScope {
        let words = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        let embedded = bytes[12..<16]
        switch (words[0], words[1]) {
        case (0, 0) where words[2..<5].allSatisfy({ $0 == 0 }):
            if words[5] == 0xFFFF { return Self.scope(ofIPv4: embedded) }
            guard words[5] == 0 else { return .reserved }
            if words[6] == 0 && words[7] == 0 { return .unspecified }
            if words[6] == 0 && words[7] == 1 { return .loopback }
            return Self.scope(ofIPv4: embedded)
        case (0x0064, 0xFF9B) where words[2..<6].allSatisfy({ $0 == 0 }):
            return Self.scope(ofIPv4: embedded)
        case (0x2002, _):
            return Self.scope(ofIPv4: bytes[2..<6])
        case (0x2001, 0x0000), (0x2001, 0x0DB8):
            return .reserved  // Teredo hides its IPv4 address; documentation
        default:
            break
        }
        switch words[0] {
        case 0xFC00...0xFDFF, 0xFEC0...0xFEFF: return .privateNetwork
        case 0xFE80...0xFEBF: return .linkLocal
        case 0xFF00...0xFFFF: return .multicast
        case 0x2000...0x3FFF: return .public
        default: return .reserved
        }
    }
}
