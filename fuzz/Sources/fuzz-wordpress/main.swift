import FuzzSupport
import NewsdeskImport

/// Any bytes as a WordPress export: read, or refused with a sentence (see `ImportRefusalCheck`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzWordPressReader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ImportRefusalCheck.require(FuzzInput(data, count)) { try WordPressReader.read($0) }
    return 0
}

FuzzDriver.run(fuzzWordPressReader)
