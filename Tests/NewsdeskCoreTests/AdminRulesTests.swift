import Foundation
import NewsdeskCore
import Testing

@Suite("Small rules of the admin: image types, editor times, hex")
struct AdminRulesTests {
    @Test("image types are told by their bytes, not their names")
    func sniffing() {
        #expect(ImageKind.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]) == .png)
        #expect(ImageKind.sniff([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(ImageKind.sniff(Array("GIF89a....".utf8)) == .gif)
        #expect(ImageKind.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ImageKind.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8)) == nil)
        #expect(ImageKind.sniff(Array("<svg xmlns=".utf8)) == nil)
        #expect(ImageKind.sniff([]) == nil)
        #expect(ImageKind.jpeg.fileExtension == "jpg" && ImageKind.webp.contentType == "image/webp")
    }

    @Test("the editor's datetime-local text is read and written in the blog's zone")
    func dateTimeLocal() throws {
        let dates = DateFormatting(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        let date = try #require(dates.date(dateTimeLocal: "2011-01-17T09:05"))
        #expect(date == (try Date("2011-01-17T14:05:00Z", strategy: .iso8601)))
        #expect(dates.dateTimeLocal(date) == "2011-01-17T09:05")
        #expect(dates.dateTimeLocal(date, separator: " ") == "2011-01-17 09:05")
        #expect(dates.date(dateTimeLocal: "2011-01-17T09:05:30") == date.addingTimeInterval(0))
        for bad in ["", "2011-02-31T10:00", "yesterday", "2011-01-17", "2011-01-17Tnoon:00"] {
            #expect(dates.date(dateTimeLocal: bad) == nil, "\(bad)")
        }
    }

    @Test("hex is two lower-case digits a byte")
    func hex() {
        #expect(HexText.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(HexText.encode([UInt8]()) == "")
    }
}
