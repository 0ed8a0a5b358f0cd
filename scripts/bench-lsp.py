#!/usr/bin/env python3
"""Measures `roadmap lsp` as an editor meets it, through the real binary over stdio.

    scripts/bench-lsp.py ROADMAP [--binary PATH] [--edits 200] [--memory-edits 1000] [--file PRD] [--timings FILE]

1. Initialisation: from starting the server to the answer of the first request after
   `initialized` (the first full compile and its diagnostics), against a cold `roadmap check
   --no-cache` of the same roadmap.
2. Keystroke to diagnostics: one PRD is opened and EDITS keystrokes are sent, each one letter
   typed or deleted in its `status` (so every keystroke adds or clears a diagnostic); the time from
   sending the change to the `publishDiagnostics` of that file. Median, 95th percentile, maximum.
3. Memory: the server's resident size after the EDITS keystrokes and after MEMORY-EDITS.

The PRD on disk is never written. Only the standard library: the numbers should not depend on a
client library.
"""
import argparse, json, os, statistics, subprocess, sys, threading, time


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, binary, root, timings=None):
        self.process = subprocess.Popen([binary, "lsp"] + (["--timings"] if timings else []), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=timings, cwd="/")
        self.root = root
        self.next_id = 1
        self.buffer = bytearray()
        self.ended = False
        self.arrived = threading.Condition()
        threading.Thread(target=self._drain, daemon=True).start()

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def receive(self):
        return json.loads(self.receive_raw())

    def _drain(self):
        # A thread reads the server's output as fast as it comes, in large reads, so the
        # server never waits on a full pipe: what is timed is the server, not this client.
        fd = self.process.stdout.fileno()
        while True:
            chunk = os.read(fd, 1 << 20)
            with self.arrived:
                if not chunk:
                    self.ended = True
                else:
                    self.buffer += chunk
                self.arrived.notify_all()
            if not chunk:
                return

    def receive_raw(self):
        with self.arrived:
            while True:
                head_end = self.buffer.find(b"\r\n\r\n")
                if head_end >= 0:
                    length = None
                    for line in self.buffer[:head_end].split(b"\r\n"):
                        name, _, value = line.decode().partition(":")
                        if name.lower() == "content-length":
                            length = int(value)
                    start = head_end + 4
                    if len(self.buffer) >= start + length:
                        body = bytes(self.buffer[start:start + length])
                        del self.buffer[:start + length]
                        return body
                if self.ended:
                    raise SystemExit("the server went away")
                self.arrived.wait()

    def request(self, method, params):
        id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        while True:
            body = self.receive_raw()
            # Only answers carry an id: the thousands of diagnostics after `initialized` are
            # skipped unparsed, so the client's JSON parsing is not timed as the server's work.
            if b'"id"' not in body:
                continue
            message = json.loads(body)
            if message.get("id") == id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for_diagnostics(self, uri):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=30)


def status_line(text):
    lines = text.split("\n")
    for number, line in enumerate(lines[1:], start=1):
        if line.startswith("---"):
            break
        if line.startswith("status:"):
            return number, len(line)
    raise SystemExit("the PRD has no `status:` line in its front matter")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("roadmap")
    parser.add_argument("--binary", default=".build/release/roadmap")
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--memory-edits", type=int, default=1000)
    parser.add_argument("--file", help="the PRD to type in (default: the first PRD in path order)")
    parser.add_argument("--timings", metavar="FILE", help="write the server's stage times of each compile to FILE")
    args = parser.parse_args()
    root = os.path.realpath(args.roadmap)
    binary = os.path.realpath(args.binary)

    started = time.perf_counter()
    subprocess.run([binary, "check", "--no-cache", root], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    check = time.perf_counter() - started

    started = time.perf_counter()
    server = Server(binary, root, open(args.timings, "w") if args.timings else None)
    server.request("initialize", {"rootUri": "file://" + root, "capabilities": {}})
    server.notify("initialized", {})
    # Answered after the compile `initialized` starts: requests are handled in order.
    server.request("textDocument/hover", {"textDocument": {"uri": "file:///not/open.md"}, "position": {"line": 0, "character": 0}})
    initialised = time.perf_counter() - started
    print(f"initialisation: {initialised * 1000:.0f} ms (cold check --no-cache: {check * 1000:.0f} ms)")

    path = args.file
    if path is None:
        prds = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(os.path.join(root, "prds")) for f in fs if f.endswith(".md"))
        path = prds[0]
    uri = "file://" + os.path.join(root, path)
    text = open(os.path.join(root, path), encoding="utf-8").read()
    line, end = status_line(text)
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})

    def keystroke(n):
        # Odd keystrokes type an `x` after the status (an unknown status), even ones delete it.
        change = {"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end}}, "text": "x"} if n % 2 else \
                 {"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end + 1}}, "text": ""}
        sent = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": n + 1}, "contentChanges": [change]})
        server.wait_for_diagnostics(uri)
        return time.perf_counter() - sent

    latencies = [keystroke(n) for n in range(1, args.edits + 1)]
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    print(f"keystroke to diagnostics ({len(latencies)} keystrokes in {path}): median {statistics.median(latencies) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms")

    # An even number of keystrokes leaves the file as it was, so both sizes see the same text.
    done = args.edits + args.edits % 2
    if done > args.edits:
        keystroke(done)
    first = server.rss_kib()
    while done < max(args.memory_edits, done):
        done += 1
        keystroke(done)
    if done % 2:
        done += 1
        keystroke(done)
    print(f"resident size: {first / 1024:.0f} MiB after {args.edits + args.edits % 2} keystrokes, {server.rss_kib() / 1024:.0f} MiB after {done}")
    status = server.stop()
    print(f"exit status after shutdown and exit: {status}")
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
