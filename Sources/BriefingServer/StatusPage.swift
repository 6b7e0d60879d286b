import BriefingKit

/// The pages the preview shows in place of the site while it cannot show the site: the first build
/// still running, or the latest build failed. Both carry the reload script, so the browser recovers by
/// itself once a build succeeds.
enum StatusPage {
    static func buildFailed(_ failure: BuildFailure, reloadTag: String) -> String {
        let errors = failure.diagnostics.filter { $0.severity == .error }
        let others = failure.diagnostics.filter { $0.severity != .error }
        var items = ""
        for diagnostic in errors + others {
            items += "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(escape(diagnostic.description))</code></li>\n"
        }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return page(
            title: "Build failed",
            reloadTag: reloadTag,
            body: """
                <h1>The site did not build: \(count)</h1>
                <p>The preview shows the last good build again as soon as the problem is fixed: save the file and this page reloads.</p>
                <ol class="diagnostics">
                \(items)</ol>
                """)
    }

    static func building(reloadTag: String) -> String {
        page(
            title: "Building",
            reloadTag: reloadTag,
            body: """
                <h1>Building the site…</h1>
                <p>This page reloads when the first build is done.</p>
                """)
    }

    private static func page(title: String, reloadTag: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · briefing serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
        h1 { font-size: 1.4rem; }
        ol.diagnostics { padding-left: 1.5rem; }
        ol.diagnostics li { margin: .5rem 0; }
        code { font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
        li.error code { color: #a40000; }
        @media (prefers-color-scheme: dark) { body { background: #161616; color: #e8e8e8; } li.error code { color: #ff8a80; } }
        </style>
        \(reloadTag)
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Text as HTML: the five characters that could end an element or an attribute are escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
