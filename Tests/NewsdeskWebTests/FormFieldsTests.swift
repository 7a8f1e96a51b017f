import Testing

@testable import NewsdeskWeb

@Suite("URL-encoded forms through Hummingbird's decoder")
struct FormFieldsTests {
    @Test("fields decode with + as a space and percent escapes; ticked boxes named ids[] give every value")
    func decodes() throws {
        let form = try FormFields.decode("name=Jane+Doe&body=caf%C3%A9+%26+more&ids[]=3&ids[]=5&empty=")
        #expect(form["name"] == "Jane Doe")
        #expect(form["body"] == "café & more")
        #expect(form.values["ids"] == ["3", "5"])
        #expect(form["empty"] == "")
        #expect(form["missing"] == nil)
        #expect(try FormFields.decode("").values.isEmpty)
    }

    @Test("a field given twice and a broken escape are refused with a sentence, not a guess")
    func refuses() {
        #expect(throws: FormReadingError.malformed("the field “action” is given twice")) {
            try FormFields.decode("action=publish&action=trash")
        }
        #expect(throws: FormReadingError.malformed("it is not correctly URL-encoded")) {
            try FormFields.decode("body=%E0%A4%A")
        }
    }

    @Test("multipart parts add to the same fields, ids[] under ids")
    func appends() {
        var form = FormFields()
        form.append("1", to: "ids[]")
        form.append("2", to: "ids[]")
        form.append("Hello", to: "title")
        #expect(form.values["ids"] == ["1", "2"])
        #expect(form["title"] == "Hello")
    }
}
