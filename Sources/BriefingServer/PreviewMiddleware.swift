import BriefingKit
import Hummingbird

/// Wraps FileMiddleware with what a preview needs around it: the site's `404.html` for unknown
/// addresses, the build's error page while the latest build has failed, redirects that keep the
/// site's prefix, and no caching without asking again, so a browser never keeps a stale page.
struct PreviewMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: PreviewState
    let files: SiteFileProvider
    let prefix: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The site lives under its prefix; its root sends the browser there.
        if prefix != "/", request.uri.path == "/" || request.uri.path == String(prefix.dropLast()) {
            return Response(status: .found, headers: [.location: prefix, .cacheControl: "no-cache"])
        }
        let snapshot = state.snapshot
        let showsSite: Bool
        if case .ready = snapshot.status { showsSite = true } else { showsSite = false }

        var request = request
        if !showsSite {
            // The browser must not be told "not modified" and keep a good page while the build is broken.
            var head = request.head
            head.headerFields[.ifNoneMatch] = nil
            head.headerFields[.ifModifiedSince] = nil
            head.headerFields[.range] = nil
            request = Request(head: head, body: request.body)
        }

        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            response = try await notFound(request, context: context)
        }

        if !showsSite, Self.isPage(response) {
            response = statusPage(snapshot, head: request.method == .head)
        }
        if response.status == .movedPermanently {
            // FileMiddleware sends a folder asked for without its trailing slash to the folder, but names it
            // without the prefix it removed and without the query: point at the address actually asked for.
            var location = request.uri.path + "/"
            if let query = request.uri.query, !query.isEmpty { location += "?" + query }
            response.headers[.location] = location
        }
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-cache"
        }
        return response
    }

    /// The site's `404.html`, with the 404 status, or a line of text when the site has none.
    private func notFound(_ request: Request, context: Context) async throws -> Response {
        if let id = files.getFileIdentifier("/404.html"), let attributes = try? await files.getAttributes(id: id), !attributes.isFolder {
            var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .contentLength: String(attributes.size)]
            headers[.cacheControl] = "no-cache"
            if request.method == .head { return Response(status: .notFound, headers: headers) }
            if let body = try? await files.loadFile(id: id, context: context) {
                return Response(status: .notFound, headers: headers, body: body)
            }
        }
        let text = "Not found\n"
        return Response(
            status: .notFound,
            headers: [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)],
            body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Whether a browser would show this response as a page of the site.
    static func isPage(_ response: Response) -> Bool {
        response.status == .notFound || (response.headers[.contentType]?.hasPrefix("text/html") ?? false)
    }

    private func statusPage(_ snapshot: PreviewState.Snapshot, head: Bool) -> Response {
        let tag = ReloadScript.tag(prefix: prefix, buildID: snapshot.buildID)
        let html: String
        let status: HTTPResponse.Status
        switch snapshot.status {
        case .failed(let failure):
            html = StatusPage.buildFailed(failure, reloadTag: tag)
            status = .internalServerError
        case .building, .ready:
            html = StatusPage.building(reloadTag: tag)
            status = .serviceUnavailable
        }
        let headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentLength: String(html.utf8.count),
            .cacheControl: "no-store",
            .contentSecurityPolicy: "default-src 'self'; style-src 'unsafe-inline'; script-src 'self'",
        ]
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
