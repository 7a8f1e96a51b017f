import Foundation
import NewsdeskTestSupport
import Testing

@testable import NewsdeskImport

@Suite("The repair pass reads a file in chunks and gives what it gives on the whole bytes")
struct RepairPassChunkTests {
    @Test("every repair kind, cut at every kind of place: same repairs, same bytes", arguments: [65, 100, 333, 4096])
    func chunked(chunkSize: Int) throws {
        var text = try Fixtures.text("blogger/hakyll-convert_blogger-000_2017-export.xml")
        text = text.replacingOccurrences(of: " xmlns:app=\"http://purl.org/atom/app#\"", with: "")
        text = text.replacingOccurrences(of: "<title type=\"text\">", with: "<title type=\"text\">A&B &eacute; &x; ")
        text = text.replacingOccurrences(
            of: "href=\"https://www.blogger.com/", with: "href=\"https://www.blogger.com/?a=1&b=2/")
        let data = Data(text.utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).xml")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let whole = XMLRepairPass.scan(data, as: .blogger)
        let chunked = try XMLRepairPass.scan(contentsOf: url, as: .blogger, chunkSize: chunkSize)
        #expect(whole.count > 100)
        #expect(chunked.repairs == whole.repairs && chunked.count == whole.count)
        #expect(Set(whole.repairs.map(\.kind)) == [.bareAmpersand, .htmlEntity, .unknownEntity, .undeclaredPrefix])
        let repaired = try XMLRepairPass.rewrite(contentsOf: url, as: .blogger, chunked, chunkSize: chunkSize)
        defer { try? FileManager.default.removeItem(at: repaired) }
        let bytes = try Data(contentsOf: repaired)
        #expect(bytes == XMLRepairPass.rewrite(data, as: .blogger, whole))
        // Line breaks are kept: the repaired copy has the original's lines.
        #expect(bytes.filter { $0 == 0x0A }.count == data.filter { $0 == 0x0A }.count)
        #expect(XMLRepairPass.scan(bytes, as: .blogger).count == 0)
    }
}
