#!/usr/bin/env python3
"""Measures `briefing serve` from saving a changed article to the live-reload event.

Opens the server's event stream like a browser, then edits articles one at a time: each edit is written
in place (as most editors save) and timed from the moment the file is closed to the moment the `reload`
event arrives. After each event it fetches the page and checks that the new text is there, since a
reload sent before the files are written would be a fast but wrong answer.
"""
import argparse
import http.client
import os
import socket
import statistics
import sys
import time


SURNAMES = ["Abbot", "Barlow", "Carver", "Dunmore", "Ellery", "Fenwick", "Garside", "Hollis", "Ingram", "Jessop",
            "Kendrick", "Lowther", "Marchbank", "Norcott", "Oakley", "Pennick", "Quarrie", "Rowntree", "Sallis", "Thackray"]


class EventStream:
    def __init__(self, host: str, port: int, path: str, timeout: float):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.buffer = b""

    def next_event(self, name: str, deadline: float) -> str:
        """The data of the next event called `name`; raises TimeoutError at the deadline."""
        marker = f"event: {name}\n".encode()
        while True:
            index = self.buffer.find(marker)
            if index >= 0:
                end = self.buffer.find(b"\n\n", index)
                if end >= 0:
                    block = self.buffer[index:end].decode()
                    self.buffer = self.buffer[end + 2:]
                    return "\n".join(line[6:] for line in block.split("\n") if line.startswith("data: "))
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no '{name}' event")
            self.sock.settimeout(left)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("the event stream closed")
            self.buffer += chunk


def fetch(host: str, port: int, path: str) -> str:
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--prefix", default="/")
    parser.add_argument("--site", required=True, help="the site folder (its content/ holds story-NNNN.md)")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for one reload")
    parser.add_argument("--edit", choices=["paragraph", "quote"], default="paragraph",
                        help="what each edit adds: a plain paragraph, or a quote by a new speaker (which changes the actors)")
    args = parser.parse_args()

    stream = EventStream(args.host, args.port, args.prefix + "__briefing/events", args.timeout)
    stream.next_event("hello", time.monotonic() + args.timeout)
    samples = []
    for n in range(args.edits):
        number = 1 + (n * 97) % 1000
        slug = f"story-{number:04d}"
        path = os.path.join(args.site, "content", slug + ".md")
        if not os.path.exists(path):
            slug, path = "story-0001", os.path.join(args.site, "content", "story-0001.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        marker = f"Benchmark edit {n} at {time.time():.6f}."
        token = marker
        if args.edit == "quote":
            surname = SURNAMES[n % len(SURNAMES)] + ("" if n < len(SURNAMES) else SURNAMES[n // len(SURNAMES) % len(SURNAMES)].lower())
            token = f"Harriet {surname}"
            marker = f'"We will publish the figures on Monday," said {token}, a spokeswoman for the council.'
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.rstrip("\n") + "\n\n" + marker + "\n")
        saved = time.monotonic()
        stream.next_event("reload", saved + args.timeout)
        elapsed = (time.monotonic() - saved) * 1000
        page = fetch(args.host, args.port, f"{args.prefix}briefings/{slug}/")
        if token not in page:
            print(f"edit {n}: the reloaded page {slug} lacks the new text", file=sys.stderr)
            return 1
        samples.append(elapsed)
        print(f"edit {n + 1:2d} {slug}: {elapsed:7.1f} ms", flush=True)
        # Let the server go idle, so that every edit is a build of its own.
        time.sleep(0.3)

    samples.sort()
    p90 = samples[min(len(samples) - 1, int(round(0.9 * (len(samples) - 1))))]
    print(f"reload latency over {len(samples)} edits: median {statistics.median(samples):.1f} ms, "
          f"p90 {p90:.1f} ms, min {samples[0]:.1f} ms, max {samples[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
