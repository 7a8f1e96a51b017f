import NewsdeskClipper
import Testing

@Suite("Where an IP address leads")
struct AddressScopeTests {
    @Test(
        "IPv4 and IPv6 addresses are classified by their ranges",
        arguments: [
            ("8.8.8.8", AddressScope.public), ("93.184.216.34", .public), ("172.15.255.255", .public),
            ("172.32.0.1", .public), ("100.63.255.255", .public), ("100.128.0.1", .public),
            ("223.255.255.255", .public),
            ("127.0.0.1", .loopback), ("127.255.255.254", .loopback),
            ("10.0.0.1", .privateNetwork), ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork),
            ("192.168.1.1", .privateNetwork),
            ("169.254.169.254", .linkLocal), ("169.254.0.1", .linkLocal),
            ("0.0.0.0", .unspecified), ("0.1.2.3", .unspecified),
            ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
            ("224.0.0.1", .multicast), ("239.255.255.250", .multicast),
            ("255.255.255.255", .broadcast), ("240.0.0.1", .reserved), ("192.0.2.10", .reserved),
            ("198.18.0.1", .reserved), ("203.0.113.5", .reserved),
            ("2606:4700::1111", .public), ("2a00:1450:4001::200e", .public),
            ("::1", .loopback), ("::", .unspecified),
            ("fc00::1", .privateNetwork), ("fd12:3456::1", .privateNetwork), ("fec0::1", .privateNetwork),
            ("fe80::1", .linkLocal), ("febf::1", .linkLocal), ("ff02::1", .multicast),
            ("::ffff:127.0.0.1", .loopback), ("::ffff:10.1.2.3", .privateNetwork), ("::ffff:8.8.8.8", .public),
            ("::127.0.0.1", .loopback), ("::169.254.169.254", .linkLocal),
            ("64:ff9b::a9fe:a9fe", .linkLocal), ("64:ff9b::808:808", .public), ("64:ff9b:1::1", .reserved),
            ("2002:c0a8:0101::1", .privateNetwork), ("2002:0808:0808::1", .public),
            ("2001:db8::1", .reserved), ("2001:0:4136:e378::1", .reserved), ("100::1", .reserved),
            ("::ffff:0:7f00:1", .reserved), ("[::1]", .loopback),
        ])
    func scope(text: String, scope: AddressScope) throws {
        #expect(try #require(IPAddress(text)).scope == scope)
    }

    @Test(
        "only the standard forms are addresses; the loose ones are left to the resolver",
        arguments: [
            "2130706433", "0x7f.1", "127.1", "010.0.0.1", "017700000001", "localhost", "1.2.3.4.5", "::1::", "",
        ])
    func notLiterals(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test("addresses print in their standard form")
    func descriptions() throws {
        #expect(try #require(IPAddress("0:0:0:0:0:ffff:7f00:1")).description == "::ffff:127.0.0.1")
        #expect(try #require(IPAddress("2001:DB8:0:0::1")).description == "2001:db8::1")
    }

    @Test("a policy allows public addresses, and only the non-public scopes it names")
    func policy() throws {
        let loopback = try #require(IPAddress("127.0.0.1"))
        let metadata = try #require(IPAddress("169.254.169.254"))
        let outlet = try #require(IPAddress("93.184.216.34"))
        var policy = OutgoingPolicy()
        #expect(policy.allows(outlet) && !policy.allows(loopback) && !policy.allows(metadata))
        #expect(!policy.allowPrivateAddresses)
        policy.allowedAddressScopes = [.loopback]
        #expect(policy.allows(loopback) && !policy.allows(metadata) && !policy.allowPrivateAddresses)
        policy.allowPrivateAddresses = true
        #expect(policy.allows(loopback) && policy.allows(metadata))
        #expect(OutgoingPolicy(allowPrivateAddresses: true).allowedAddressScopes == AddressScope.nonPublic)
    }
}
