import BriefingKit

/// What the preview reports to whoever runs it, to print or to wait for.
public enum PreviewEvent: Sendable {
    /// The first build is done and the server answers at `url`.
    case serving(url: String, watching: String, watcher: String)
    /// A note for the user, such as why the native watcher was not used.
    case note(String)
    /// A build succeeded; `changed` names the files that caused it (empty for the first build).
    case built(BuildSummary)
    /// A build failed; the browser shows its diagnostics until a build succeeds.
    case failed(BuildFailure, changed: [String])
}

/// One successful build of the preview.
public struct BuildSummary: Sendable {
    /// What the builder reported: counts, warnings, the time of each step.
    public var report: BuildReport
    /// The watched files whose change caused the build, sorted; empty for the first build.
    public var changed: [String]
    /// Articles extracted again; the rest came from the extraction cache.
    public var extracted: Int
    /// Pages rendered again; the rest were unchanged and taken from the previous build.
    public var rendered: Int
    /// From the start of the build to the reload sent to the browsers.
    public var duration: Duration
}
