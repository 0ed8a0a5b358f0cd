#!/usr/bin/env python3
"""Measures `roadmap serve` as a user meets it, through the real binary, watcher and sockets.

    scripts/bench-serve.py ROADMAP [--binary PATH] [--edits 30] [--memory-edits 1000]
                           [--clients 200] [--requests 25] [--history]

1. Save to reload: one PRD is saved EDITS times (its body changes each time); each time, the time
   from the write to the `reload` event on that page's event stream. Median and 90th percentile.
2. Concurrent clients: CLIENTS threads, each fetching REQUESTS pages and assets (one connection per
   request); every response must be a 200 with its whole body. Wall time and failures.
3. Memory: the server's resident size after 10 saves and after MEMORY-EDITS saves (each waited for).

The edited PRD is restored afterwards, and the server stopped with Ctrl-C (SIGINT), which must
exit 0. Only the standard library: the numbers should not depend on a client library.
"""
import argparse, os, re, signal, socket, statistics, subprocess, sys, threading, time


def read_port(process):
    for line in process.stdout:
        sys.stdout.write("   serve: " + line)
        found = re.search(r"serving http://[^:]+:(\d+)/", line)
        if found:
            return int(found.group(1))
    raise SystemExit("the server did not start")


def get(port, target, timeout=30):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep:
                length = re.search(rb"(?i)content-length: *(\d+)", head)
                if length and len(body) >= int(length.group(1)):
                    break
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1]) if head else 0
    length = re.search(rb"(?i)content-length: *(\d+)", head)
    complete = length is not None and len(body) == int(length.group(1))
    return status, complete, body


class Events:
    def __init__(self, port, page):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.sock.sendall(f"GET /__roadmap/events?page={page} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        self.buffer = b""
        self.wait(b"event: hello")

    def wait(self, marker):
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("the event stream ended")
            self.buffer += chunk
        self.buffer = self.buffer[self.buffer.index(marker) + len(marker):]


def id_of(text):
    return re.search(r"(?m)^id: *(\S+)", text).group(1)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roadmap")
    parser.add_argument("--binary", default="roadmap")
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--memory-edits", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=25)
    parser.add_argument("--history", action="store_true", help="serve with git history (the default of `roadmap serve`)")
    args = parser.parse_args()

    prds = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(args.roadmap, "prds")) for f in fs if f.endswith(".md"))
    target = prds[len(prds) // 2]
    original = open(target, encoding="utf-8").read()
    prd_id = id_of(original)
    page = f"/prd/{prd_id}.html"
    print(f"==> {len(prds)} PRDs; editing {os.path.relpath(target, args.roadmap)} ({page})")

    started = time.monotonic()
    process = subprocess.Popen([args.binary, "serve", "--port", "0"] + ([] if args.history else ["--no-history"]) + [args.roadmap],
                               stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
    port = read_port(process)
    print(f"   listening after {time.monotonic() - started:.2f} s; first render done")
    threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
    events = Events(port, page)

    def save(n):
        text = original.replace("\n## ", f"\nBenchmark edit {n}.\n\n## ", 1)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)

    try:
        latencies = []
        for n in range(args.edits):
            t0 = time.monotonic()
            save(n)
            events.wait(b"event: reload")
            latencies.append((time.monotonic() - t0) * 1000)
            time.sleep(0.1)
        status, _, body = get(port, page)
        assert status == 200 and f"Benchmark edit {args.edits - 1}.".encode() in body, "the page does not show the last edit"
        latencies.sort()
        print(f"save -> reload event over {args.edits} saves: median {statistics.median(latencies):.0f} ms, "
              f"p90 {latencies[int(len(latencies) * 0.9) - 1]:.0f} ms, min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms")

        pages = ["/", "/objectives.html", "/backlog/", "/assets/site.css", "/assets/search.js"] + \
                [f"/prd/{id_of(open(p, encoding='utf-8').read(8192))}.html" for p in prds[:400:4]]
        failures, done = [], [0]
        lock = threading.Lock()

        def client(k):
            for r in range(args.requests):
                path = pages[(k * 7 + r * 13) % len(pages)]
                try:
                    status, complete, _ = get(port, path)
                    ok = status == 200 and complete
                except OSError as error:
                    ok, status = False, str(error)
                with lock:
                    done[0] += 1
                    if not ok:
                        failures.append((path, status))

        t0 = time.monotonic()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.monotonic() - t0
        print(f"{args.clients} concurrent clients, {done[0]} requests: {wall:.2f} s, {done[0] / wall:.0f} requests/s, "
              f"{len(failures)} failed {failures[:3]}")

        memory = {}
        for n in range(args.memory_edits):
            save(args.edits + n)
            events.wait(b"event: reload")
            if n + 1 in (10, args.memory_edits):
                memory[n + 1] = rss_kib(process.pid)
        print("resident memory: " + ", ".join(f"{mib / 1024:.0f} MiB after {n} saves" for n, mib in sorted(memory.items())))
    finally:
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)
        print(f"stopped with Ctrl-C: exit {code}")


if __name__ == "__main__":
    main()
