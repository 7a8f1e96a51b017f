import FuzzSupport
import NewsdeskImport

/// Any bytes as a Blogger export: read, or refused with a sentence (see `ImportRefusalCheck`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBloggerReader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ImportRefusalCheck.require(FuzzInput(data, count)) { try BloggerReader.read($0) }
    return 0
}

FuzzDriver.run(fuzzBloggerReader)
