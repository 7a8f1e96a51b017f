import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: queries (micropub.rocks 6xx)")
struct MicropubQueryTests {
    @Test("600 configuration query: the media endpoint, no syndication targets, the queries answered")
    func test600() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.query("q=config")
            #expect(response.status == .ok && response.headers[.contentType] == "application/json")
            let config = try jsonObject(response)
            #expect((config["media-endpoint"] as? String)?.hasSuffix("/micropub/media") == true)
            #expect((config["media-endpoint"] as? String)?.hasPrefix("http") == true)
            #expect((config["syndicate-to"] as? [Any])?.isEmpty == true)
            #expect(config["q"] as? [String] == ["config", "source", "syndicate-to", "category"])
        }
    }

    @Test("601 syndication target query: an empty list")
    func test601() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.query("q=syndicate-to")
            #expect(response.status == .ok)
            #expect((try jsonObject(response)["syndicate-to"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("602 source query (all properties)", arguments: TestDatabase.available)
    func test602(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let (_, url) = try await mp.made([
                ("name", "Source"), ("content", "Words"), ("category[]", "a"), ("category[]", "b"),
                ("photo", "https://micropub.rocks/media/sunset.jpg"),
            ])
            let response = try await mp.query("q=source&url=\(MicropubClient.encoded(url))")
            #expect(response.status == .ok, "\(response.text)")
            let source = try jsonObject(response)
            #expect(source["type"] as? [String] == ["h-entry"])
            let properties = try #require(source["properties"] as? [String: Any])
            #expect(properties["name"] as? [String] == ["Source"])
            #expect(properties["content"] as? [String] == ["Words"])
            #expect(properties["category"] as? [String] == ["a", "b"])
            #expect(properties["photo"] as? [String] == ["https://micropub.rocks/media/sunset.jpg"])
            #expect(properties["post-status"] as? [String] == ["published"])
            #expect(properties["url"] as? [String] == [url])
        }
    }

    @Test("603 source query (specific properties): only those, without the type")
    func test603() async throws {
        try await MicropubClient.run { mp in
            let (_, url) = try await mp.made([("name", "Source"), ("content", "Words"), ("category", "a")])
            let response = try await mp.query(
                "q=source&properties[]=content&properties[]=category&url=\(MicropubClient.encoded(url))")
            #expect(response.status == .ok, "\(response.text)")
            let source = try jsonObject(response)
            #expect(source["type"] == nil)
            let properties = try #require(source["properties"] as? [String: Any])
            #expect(Set(properties.keys) == ["content", "category"])
        }
    }

    @Test("q=category lists the labels; an unknown or missing q is a 400 naming the queries answered")
    func categoryAndUnknown() async throws {
        try await MicropubClient.run { mp in
            _ = try await mp.made([("content", "Labelled"), ("category", "Zebras")])
            let categories = try jsonObject(try await mp.query("q=category&filter=zeb"))["categories"] as? [String]
            #expect(categories == ["Zebras"])
            let unknown = try await mp.query("q=everything")
            #expect(unknown.status == .badRequest && unknown.text.contains("q=config"))
        }
    }
}
