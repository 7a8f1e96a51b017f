import Foundation
import NewsdeskCore
import Testing

@testable import NewsdeskImport

@Suite("Dates, plain text and old URLs")
struct TextHelperTests {
    @Test("ISO 8601 as Blogger and Disqus write it: milliseconds and zones kept")
    func iso8601() {
        #expect(ImportDate.iso8601("2017-09-02T14:44:00.002-07:00")?.millisecondsSince1970 == 1_504_388_640_002)
        #expect(ImportDate.iso8601("2017-09-02T14:44:00.0029999Z")?.millisecondsSince1970 == 1_504_363_440_003)
        #expect(ImportDate.iso8601("2008-05-16T19:40:23Z") == TestDates.utc(2008, 5, 16, 19, 40, 23))
        #expect(ImportDate.iso8601("2011-01-17T12:30:00+05:30") == TestDates.utc(2011, 1, 17, 7))
        #expect(ImportDate.iso8601(" 2013-10-10T19:20:29Z\n") == TestDates.utc(2013, 10, 10, 19, 20, 29))
        #expect(ImportDate.iso8601("2012-02-29T00:00:00") == TestDates.utc(2012, 2, 29))
        for bad in [
            "", "yesterday", "2013-02-29T00:00:00Z", "2013-13-01T00:00:00Z", "2013-01-01T24:00:00Z", "2013-01-01",
        ] {
            #expect(ImportDate.iso8601(bad) == nil, "\(bad)")
        }
    }

    @Test("WordPress local times in a zone (daylight saving included); 0000-00-00 is no date")
    func wordpress() {
        let utc = TimeZone(secondsFromGMT: 0)!
        let newYork = TimeZone(identifier: "America/New_York")!
        #expect(ImportDate.wordpress("2010-10-16 20:53:18", in: utc) == TestDates.utc(2010, 10, 16, 20, 53, 18))
        #expect(ImportDate.wordpress("2011-07-01 12:00:00", in: newYork) == TestDates.utc(2011, 7, 1, 16))
        #expect(ImportDate.wordpress("2011-01-01 12:00:00", in: newYork) == TestDates.utc(2011, 1, 1, 17))
        #expect(ImportDate.wordpress("0000-00-00 00:00:00", in: utc) == nil)
    }

    @Test("RFC 822 as RSS writes it")
    func rfc822() {
        #expect(ImportDate.rfc822("Sat, 16 Oct 2010 20:53:18 +0000") == TestDates.utc(2010, 10, 16, 20, 53, 18))
        #expect(ImportDate.rfc822("16 Oct 2010 20:53 GMT") == TestDates.utc(2010, 10, 16, 20, 53))
        #expect(ImportDate.rfc822("Tue, 14 Jan 2014 17:31:03 -0500") == TestDates.utc(2014, 1, 14, 22, 31, 3))
        #expect(ImportDate.rfc822("Wed, 30 Nov -0001 00:00:00 +0000") == nil)
    }

    @Test("plain text from HTML titles and names")
    func plainText() {
        #expect(
            PlainText.fromHTML("Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>") == "Markup: Title With Markup")
        #expect(
            PlainText.fromHTML("Ping 1 &laquo; What&#8217;s a tellyworth?")
                == "Ping 1 \u{00AB} What\u{2019}s a tellyworth?")
        #expect(PlainText.fromHTML("a < b &amp; c > d &unknown; &#x1F332;") == "a < b & c > d &unknown; \u{1F332}")
        #expect(PlainText.fromHTML("  two\n  lines&nbsp; ") == "two lines")
        #expect(PlainText.fromHTML("x<script>alert(1)</script>y<!-- c -->z") == "xyz")
        #expect(PlainText.fromHTML("&#150;&#0;") == "\u{2013}\u{FFFD}")
    }

    @Test("paths and slugs of old addresses")
    func oldURLs() {
        #expect(OldURL.path(of: "http://x.blogspot.com/2011/01/slug.html") == "/2011/01/slug.html")
        #expect(OldURL.path(of: "http://localhost/?p=12") == "/?p=12")
        #expect(OldURL.path(of: "https://example.com") == "/")
        #expect(OldURL.path(of: "https://example.com/caf%C3%A9/") == "/caf%C3%A9/")
        #expect(OldURL.path(of: "not a url") == nil)
        #expect(OldURL.slug(ofPath: "/2011/01/slug.html") == "slug")
        #expect(OldURL.slug(ofPath: "/p/about.html") == "about")
        #expect(OldURL.slug(ofPath: "/2008/09/hello-world/") == "hello-world")
        #expect(OldURL.slug(ofPath: "/?p=12") == nil)
        #expect(OldURL.slug(ofPath: "/") == nil)
    }

    @Test("XML text: CDATA alone when only indentation surrounds it")
    func xmlText() {
        var text = ElementCharacterData()
        text.append(text: "\n   ")
        text.append(cdata: " kept exactly ")
        text.append(text: "\n")
        #expect(text.value == " kept exactly ")
        text.append(text: "more")
        #expect(text.value == "\n    kept exactly \nmore")
        #expect(" \t a b \n".trimmingXMLSpace == "a b")
        #expect("<!--more-->".containsBytes("more") && !"mor".containsBytes("more"))
    }
}
