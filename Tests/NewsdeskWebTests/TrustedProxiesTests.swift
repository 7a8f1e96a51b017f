import NewsdeskClipper
import Testing

@testable import NewsdeskWeb

@Suite("The client's address through trusted proxies")
struct TrustedProxiesTests {
    let proxies = try! TrustedProxies(parsing: ["127.0.0.2", "10.0.0.0/8", "2001:db8:1::/48"])

    func client(peer: String?, _ forwardedFor: [String]) -> String {
        proxies.clientAddress(peer: peer.flatMap(IPAddress.init), forwardedFor: forwardedFor)
    }

    @Test("from a peer that is not a trusted proxy, the header is ignored")
    func untrustedPeer() {
        #expect(client(peer: "127.0.0.3", ["198.51.100.7"]) == "127.0.0.3")
        #expect(client(peer: "203.0.113.5", ["127.0.0.2", "10.0.0.1"]) == "203.0.113.5")
        #expect(TrustedProxies().clientAddress(peer: IPAddress("127.0.0.2"), forwardedFor: ["1.2.3.4"]) == "127.0.0.2")
    }

    @Test(
        "the rightmost entry that is not a trusted proxy is the client; what the client wrote on the left is not read")
    func rightmostUntrusted() {
        // nginx's $proxy_add_x_forwarded_for: the client's own header, then the address nginx saw.
        #expect(client(peer: "127.0.0.2", ["198.51.100.7, 127.0.0.3"]) == "127.0.0.3")
        #expect(client(peer: "127.0.0.2", ["198.51.100.7", "127.0.0.3"]) == "127.0.0.3")
        // Through two trusted hops.
        #expect(client(peer: "127.0.0.2", ["1.1.1.1, 203.0.113.9, 10.2.3.4"]) == "203.0.113.9")
        #expect(client(peer: "127.0.0.2", ["203.0.113.9,10.2.3.4 ,  10.9.9.9"]) == "203.0.113.9")
        #expect(client(peer: "2001:db8:1::5", ["2001:db8:2::7"]) == "2001:db8:2::7")
        #expect(client(peer: "::ffff:127.0.0.2", ["[2001:db8:2::7]"]) == "2001:db8:2::7")
    }

    @Test("no header, or only trusted entries: the leftmost trusted address known")
    func onlyProxies() {
        #expect(client(peer: "127.0.0.2", []) == "127.0.0.2")
        #expect(client(peer: "127.0.0.2", ["10.0.0.1, 10.0.0.2"]) == "10.0.0.1")
    }

    @Test("a malformed entry stops the walk at the proxy that passed it on")
    func malformed() {
        for junk in [
            "unknown", "1.2.3.4:80", "_hidden", "", "0x7f.1", "2001:db8::1%eth0", String(repeating: "9", count: 100),
        ] {
            #expect(client(peer: "127.0.0.2", ["198.51.100.1, \(junk)"]) == "127.0.0.2", "\(junk)")
            #expect(client(peer: "127.0.0.2", ["\(junk), 10.0.0.7"]) == "10.0.0.7", "\(junk)")
        }
        #expect(client(peer: "127.0.0.2", ["\("junk"), 203.0.113.4"]) == "203.0.113.4")
    }

    @Test("a header of thousands of trusted entries is read only so far")
    func bounded() {
        let long = Array(repeating: "10.0.0.1", count: 5_000).joined(separator: ",")
        #expect(client(peer: "127.0.0.2", ["203.0.113.4," + long]) == "10.0.0.1")
    }

    @Test("values that are neither an address nor a block are refused with a sentence")
    func parsing() {
        #expect(throws: TrustedProxyError(value: "10.0.0.0/33")) { try TrustedProxies(parsing: ["10.0.0.0/33"]) }
        #expect(
            TrustedProxyError(value: "proxy.local").description
                == "The trusted proxy \"proxy.local\" is not an IP address or a CIDR block such as 127.0.0.1, "
                + "10.0.0.0/8 or ::1.")
        #expect((try? TrustedProxies(parsing: [" 127.0.0.2 ", "::1/128"]))?.networks.count == 2)
    }

    @Test("without a socket, only the router tests' setting reads the header")
    func withoutPeer() {
        #expect(client(peer: nil, ["198.51.100.7"]) == "unknown")
        var tests = proxies
        tests.trustsRequestsWithoutPeer = true
        #expect(tests.clientAddress(peer: nil, forwardedFor: ["198.51.100.7"]) == "198.51.100.7")
    }
}
