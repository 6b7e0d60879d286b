import NIOCore
import Testing

/// The preview server under misbehaving clients keeps serving everyone else. Loops are bounded and
/// every connection goes to 127.0.0.1.
@Suite(.timeLimit(.minutes(5)))
struct ServeFaultTests {
    @Test func hugeHeadersAreRefusedAndTheServerGoesOn() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            let huge = String(repeating: "x", count: 256 * 1024)
            let response = try? await RawHTTP.send(port: preview.port, "GET", "/", headers: ["X-Huge": huge], timeout: .seconds(20))
            if let response { #expect(response.status >= 400, "a 256 KB header is not served as usual") }
            let after = try await preview.get("/")
            #expect(after.status == 200)
        }
    }

    @Test func slowPartialRequestsDoNotBlockOthers() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            // Fifty clients that send half a request and then wait (slowloris), held open while others are served.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try? await RawHTTP.connect(port: preview.port, timeout: .seconds(6)) { inbound, outbound in
                            try await outbound.write(ByteBuffer(string: "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "))
                            for try await _ in inbound {}
                        }
                    }
                }
                try await Task.sleep(for: .milliseconds(500))
                for _ in 0..<5 {
                    let response = try await preview.get("/")
                    #expect(response.status == 200)
                }
                try await group.waitForAll()
            }
            let after = try await preview.get("/")
            #expect(after.status == 200)
        }
    }

    @Test func aThousandQuickConnectionsLeaveItServing() async throws {
        try await RunningPreview.with(site: try TestSite.make()) { preview in
            for _ in 0..<1000 {
                _ = try? await RawHTTP.connect(port: preview.port, timeout: .seconds(5)) { _, _ in }
            }
            let home = try await preview.get("/")
            let briefing = try await preview.get("/briefings/harbour-bridge/")
            #expect(home.status == 200 && briefing.status == 200)
        }
    }
}
