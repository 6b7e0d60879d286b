import Hummingbird
import ServiceLifecycle

/// The preview's own endpoints, beside the pages under the site's prefix: the event stream and the
/// script that listens to it.
enum LiveReloadRoutes {
    static func add(to router: Router<BasicRequestContext>, prefix: String, state: PreviewState, hub: ReloadHub) {
        router.get(RouterPath(ReloadScript.eventsPath(prefix: prefix))) { _, _ -> Response in
            let (id, messages) = hub.subscribe()
            // `retry` makes a browser reconnect within a second of a restarted server.
            let greeting = "retry: 1000\n" + ServerSentEvent.hello(buildID: state.snapshot.buildID).text
            let headers: HTTPFields = [
                .contentType: "text/event-stream; charset=utf-8",
                .cacheControl: "no-store",
            ]
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    do {
                        try await writer.write(ByteBuffer(string: greeting))
                        // A stopping server ends the stream, or it would wait for the browser forever.
                        try await withGracefulShutdownHandler {
                            for await message in messages {
                                try await writer.write(ByteBuffer(string: message))
                            }
                        } onGracefulShutdown: {
                            hub.unsubscribe(id)
                        }
                    } catch {
                        hub.unsubscribe(id)
                        throw error
                    }
                    hub.unsubscribe(id)
                    try await writer.finish(nil)
                })
        }

        router.get(RouterPath(ReloadScript.scriptPath(prefix: prefix))) { request, _ -> Response in
            let body = ByteBuffer(string: ReloadScript.source)
            let headers: HTTPFields = [
                .contentType: "text/javascript; charset=utf-8",
                .contentLength: String(body.readableBytes),
                .cacheControl: "no-cache",
            ]
            return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
        }
    }
}
