import BriefingKit

/// Any bytes as an article file: ingest must answer with an article or a diagnostic, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ArticleLoader().parse(bytes: bytes, path: "fuzz.md")
    _ = try? DataFileReader(path: "fuzz.json").read(bytes: bytes)
    _ = try? SiteConfig.parse(String(decoding: bytes, as: UTF8.self), path: "_config.yaml")
    return 0
}
