import Foundation

/// For the fuzz targets in fuzz/, which check that whatever passes the encoding and prolog checks holds no
/// declaration the parser would act on: what the parser is given for `data`, or the checks' refusal.
@_spi(Fuzzing)
public enum ImportParserInput {
    /// `data` as the parser would read it (UTF-8, prolog checked); throws an ``ImportError`` when refused.
    public static func of(_ data: Data) throws -> Data {
        try XMLEventDriver.parserInput(data, as: .wordpress)
    }
}
