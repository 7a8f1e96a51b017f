/// A range of addresses written as a CIDR block (`10.0.0.0/8`, `2001:db8::/32`) or a single address (a
/// block of one), as the trusted-proxy setting takes them.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The first address of the block (the bits past the prefix are cleared).
    public let address: IPAddress
    /// How many leading bits every address of the block shares: up to 32 for IPv4, 128 for IPv6.
    public let prefixLength: Int

    /// The block written in `text`; nil for anything else, including a prefix longer than the address or
    /// written with a sign or leading zeros. IPv4-mapped IPv6 addresses mean their IPv4 address.
    public init?(_ text: String) {
        // The longest form, a full IPv6 address with a prefix, is under 50 characters.
        guard text.utf8.count <= 64 else { return nil }
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let parsed = IPAddress(String(parts[0])) else { return nil }
        let written = parsed.bytes.count * 8
        var length = written
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...3).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                digits == "0" || !digits.hasPrefix("0"), let value = Int(digits), value <= written
            else { return nil }
            length = value
        }
        let address = parsed.unmapped
        // A mapped block (::ffff:10.0.0.0/104) is the IPv4 block it maps.
        if address.bytes.count != parsed.bytes.count {
            guard length >= 96 else { return nil }
            length -= 96
        }
        self.prefixLength = length
        self.address = Self.masked(address, to: length)
    }

    /// Whether `candidate` lies in the block; an IPv4-mapped IPv6 address counts as its IPv4 address.
    public func contains(_ candidate: IPAddress) -> Bool {
        let candidate = candidate.unmapped
        guard candidate.bytes.count == address.bytes.count else { return false }
        return Self.masked(candidate, to: prefixLength) == address
    }

    /// `192.0.2.0/24`, or just the address for a block of one.
    public var description: String {
        prefixLength == address.bytes.count * 8 ? address.description : "\(address)/\(prefixLength)"
    }

    private static func masked(_ address: IPAddress, to length: Int) -> IPAddress {
        var bytes = address.bytes
        for index in bytes.indices {
            let bitsKept = min(max(length - index * 8, 0), 8)
            bytes[index] &= bitsKept == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - bitsKept))
        }
        return IPAddress(bytes: bytes) ?? address
    }
}
