import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("What search engines, sharing and feed readers read in a page's head")
struct SearchEngineTagsTests {
    @Test(
        "a post page has OpenGraph, a Twitter card, feeds, and JSON-LD naming the clipped story")
    func postHead() async throws {
        try await withMemoryDemoApp { client, store in
            let html = try await client.execute(uri: referencePath, method: .get).text
            let title = "Is The Chinese Military Interested In Better Relations With The U.S.?"
            #expect(html.contains("<meta property=\"og:title\" content=\"\(title)\">"))
            #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
            #expect(html.contains("<meta property=\"og:url\" content=\"https://wnu.example\(referencePath)\">"))
            #expect(
                html.contains(
                    "<meta property=\"og:image\" content=\"https://wnu.example/static/demo/gates-liang-beijing.svg\">"))
            #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
            #expect(
                html.contains(
                    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"War News Updates - Atom\" href=\"https://wnu.example/feeds/posts/default\">"
                ))
            #expect(html.contains("<link rel=\"alternate\" type=\"application/rss+xml\""))
            let id = try #require(try await store.post(atPath: referencePath)?.id)
            #expect(html.contains("href=\"https://wnu.example/feeds/\(id)/comments/default\""))
            let json = try #require(
                html.components(separatedBy: "<script type=\"application/ld+json\">").last?
                    .components(separatedBy: "</script>").first)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["@type"] as? String == "BlogPosting")
            #expect(object["headline"] as? String == title)
            #expect((object["isBasedOn"] as? String)?.hasPrefix("https://www.stripes.com/news/pacific/") == true)
            let citation = try #require(object["citation"] as? [String: Any])
            #expect((citation["publisher"] as? [String: Any])?["name"] as? String == "Stars And Stripes")
        }
    }

    @Test("JSON-LD cannot close its script element, whatever the title")
    func scriptSafe() {
        let json = StructuredData.scriptSafe(["headline": "</script><script>alert(1)</script>"])
        #expect(!json.contains("</script"))
        #expect(json.contains("\\u003c\\/script>"))
    }
}
