import Testing

@testable import NewsdeskClipper

@Suite("CIDR blocks")
struct IPNetworkTests {
    @Test(
        "blocks and single addresses, IPv4 and IPv6, contain what they should",
        arguments: [
            ("127.0.0.2", "127.0.0.2", true), ("127.0.0.2", "127.0.0.3", false),
            ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false),
            ("10.1.2.3/16", "10.1.200.1", true), ("0.0.0.0/0", "203.0.113.9", true),
            ("192.168.1.128/25", "192.168.1.127", false), ("192.168.1.128/25", "192.168.1.200", true),
            ("2001:db8::/32", "2001:db8:ffff::1", true), ("2001:db8::/32", "2001:db9::1", false),
            ("::1", "::1", true), ("::1", "127.0.0.1", false),
            // A dual-stack socket reports an IPv4 peer as mapped; it is the same address.
            ("127.0.0.2", "::ffff:127.0.0.2", true), ("::ffff:10.0.0.0/104", "10.9.9.9", true),
            ("10.0.0.0/8", "2001:db8::a00:1", false),
        ])
    func contains(block: String, address: String, expected: Bool) throws {
        let network = try #require(IPNetwork(block))
        #expect(network.contains(try #require(IPAddress(address))) == expected)
    }

    @Test(
        "anything else is refused, with bounds",
        arguments: [
            "", "localhost", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/08",
            "10.0.0.0/8/8", "10.0.0/8", "127.1", "1.2.3.4:80", "[::1]/128x", "::ffff:10.0.0.0/95",
            "10.0.0.0/" + String(repeating: "9", count: 30), String(repeating: "1", count: 200),
        ])
    func refused(text: String) {
        #expect(IPNetwork(text) == nil)
    }

    @Test("blocks print with the bits past the prefix cleared")
    func printing() throws {
        #expect(try #require(IPNetwork("10.1.2.3/8")).description == "10.0.0.0/8")
        #expect(try #require(IPNetwork("2001:db8::1/32")).description == "2001:db8::/32")
        #expect(try #require(IPNetwork("127.0.0.2")).description == "127.0.0.2")
    }
}
