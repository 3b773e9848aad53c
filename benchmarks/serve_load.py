"""Load benchmark of ``beschluss-rules serve`` over loopback: N concurrent clients send the
Heinsberg paper to ``POST /v1/check``; requests/s, latency percentiles, and the server's memory
over the run (sampled every 1,000 requests).

    python benchmarks/serve_load.py                      # 10,000 requests, 16 clients, 2 processes
    python benchmarks/serve_load.py --requests 2000 --clients 8 --processes 1 --workers 2
    python benchmarks/serve_load.py --multipart          # upload the file instead of JSON text
    python benchmarks/serve_load.py --quick              # 200 requests (what the test suite runs)

The clients are asyncio streams with keep-alive connections and a pre-built request, so that
the client costs little of the CPU it shares with the server. Every answer is checked: status
200 and the verdicts ``conditional`` then ``competent``. Target (issue 17): at least 200 checks/s
on 2 cores, memory flat.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(port: int, multipart: bool) -> bytes:
    text = EXAMPLE.read_bytes()
    if multipart:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2021-06-01\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"heinsberg.txt\"\r\n"
                "Content-Type: text/plain\r\n\r\n").encode() + text + f"\r\n--{boundary}--\r\n".encode()
        kind = f"multipart/form-data; boundary={boundary}"
    else:
        body = json.dumps({"text": text.decode("utf-8"), "date": "2021-06-01", "name": "heinsberg.txt"}).encode()
        kind = "application/json"
    head = (f"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {kind}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n").encode()
    return head + body


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total / 2**20


def _server_pids(root: int) -> list[int]:
    pids = [root]
    try:
        import psutil

        pids += [child.pid for child in psutil.Process(root).children(recursive=True)]
    except ImportError:
        pass
    return pids


async def _client(port: int, request: bytes, queue: asyncio.Queue, latencies: list[float], errors: list[str],
                  done: list[int], on_progress) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while True:
            try:
                queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(f"HTTP {status}: {body[:200]!r}")
            else:
                first = body.find(b'"verdict": "conditional"')
                if first < 0 or body.find(b'"verdict": "competent"', first) < 0:
                    errors.append("unexpected verdicts")
            done[0] += 1
            on_progress(done[0])
    finally:
        writer.close()


async def _load(port: int, request: bytes, total: int, clients: int, pids: list[int]) -> dict:
    queue: asyncio.Queue = asyncio.Queue()
    for _ in range(total):
        queue.put_nowait(None)
    latencies: list[float] = []
    errors: list[str] = []
    memory: list[tuple[int, float]] = [(0, _rss_mb(pids))]
    done = [0]

    def on_progress(count: int) -> None:
        if count % 1000 == 0:
            memory.append((count, _rss_mb(pids)))

    started = time.perf_counter()
    await asyncio.gather(*(_client(port, request, queue, latencies, errors, done, on_progress) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    memory.append((done[0], _rss_mb(pids)))
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {"requests": done[0], "seconds": elapsed, "rps": done[0] / elapsed, "p50": pct(0.50), "p99": pct(0.99),
            "max": latencies[-1] * 1000, "mean": statistics.fmean(latencies) * 1000, "errors": errors, "memory": memory}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--processes", type=int, default=2, help="server worker processes")
    parser.add_argument("--workers", type=int, default=2, help="check threads per server process")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--multipart", action="store_true", help="upload the file (multipart) instead of JSON text")
    parser.add_argument("--quick", action="store_true", help="200 requests, 4 clients, 1 process")
    args = parser.parse_args(argv)
    if args.quick:
        args.requests, args.clients, args.processes, args.warmup = 200, 4, 1, 20
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    server = subprocess.Popen(
        [sys.executable, "-m", "beschluss_rules", "serve", "--port", str(port), "--processes", str(args.processes),
         "--workers", str(args.workers), "--max-pending", str(max(64, args.clients * 2))],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        request = _request(port, args.multipart)
        asyncio.run(_load(port, request, args.warmup, min(args.clients, args.warmup), [server.pid]))
        pids = _server_pids(server.pid)  # after the warm-up: worker processes have started
        result = asyncio.run(_load(port, request, args.requests, args.clients, pids))
    finally:
        server.terminate()
        server.wait(timeout=30)
    kind = "multipart upload" if args.multipart else "JSON text"
    print(f"serve load: {result['requests']} requests ({kind}, Heinsberg paper), {args.clients} clients, "
          f"{args.processes} process(es) x {args.workers} check threads, {os.cpu_count()} CPUs")
    print(f"  throughput: {result['rps']:.0f} checks/s in {result['seconds']:.1f} s")
    print(f"  latency: p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, max {result['max']:.1f} ms, "
          f"mean {result['mean']:.1f} ms")
    memory = result["memory"]
    print("  server memory (RSS, all processes): " + ", ".join(f"{n}: {mb:.0f} MiB" for n, mb in memory))
    after_first = [mb for n, mb in memory if n >= min(1000, result["requests"])]
    growth = (after_first[-1] - after_first[0]) if len(after_first) > 1 else 0.0
    print(f"  memory growth after the first 1,000 requests: {growth:+.1f} MiB")
    print(f"  errors: {len(result['errors'])}" + (f" (first: {result['errors'][0]})" if result["errors"] else ""))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
