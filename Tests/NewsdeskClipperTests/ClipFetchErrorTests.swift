import NewsdeskClipper
import Testing

@Suite("What the editor is told")
struct ClipFetchErrorTests {
    @Test(
        "each failure reads as a sentence for the editor",
        arguments: [
            (
                ClipFetchError.invalidURL,
                "That does not look like a web address; paste the story's full address, starting with https://."
            ),
            (.unsupportedScheme("ftp"), "Newsdesk fetches only http and https addresses, not ftp: ones."),
            (.httpStatus(410), "The page answered 410 Gone."),
            (.httpStatus(503), "The page answered 503 Service Unavailable."),
            (.notHTML("no type given"), "That is not a web page (no type given)."),
            (.tooLarge(512 * 1024), "The page is larger than 512 KB."),
            (.tooLarge(3 * 1024 * 1024 / 2), "The page is larger than 1.5 MB."),
            (.timeout(.seconds(5)), "The page took longer than 5 seconds to answer."),
            (.timeout(.milliseconds(1_500)), "The page took longer than 1.5 seconds to answer."),
            (
                .unreachable("no site is called x.invalid"),
                "Newsdesk could not reach the site: no site is called x.invalid."
            ),
        ])
    func descriptions(error: ClipFetchError, text: String) {
        #expect(error.description == text)
    }
}
