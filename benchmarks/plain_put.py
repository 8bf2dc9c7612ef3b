"""The yardstick of the upload benchmarks: a bare ASGI server that writes each PUT body to a file.

``python3 -m benchmarks.plain_put FOLDER PORT`` serves it; ``plain_put_server(folder)`` runs it
as a subprocess for the duration of a ``with`` block and gives its URL.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from tests.live_server import free_port

FOLDER = Path(sys.argv[1]) if __name__ == "__main__" else Path(".")


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Write the request body to FOLDER/<path>, answer 201."""
    if scope["type"] != "http":
        return
    path = os.path.join(FOLDER, scope["path"].strip("/").replace("/", "_") or "blob")
    with open(path, "wb") as out:
        more = True
        while more:
            message = await receive()
            out.write(message.get("body", b""))
            more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 201, "headers": []})
    await send({"type": "http.response.body", "body": b""})


@contextlib.contextmanager
def plain_put_server(folder: Path) -> Iterator[str]:
    """The plain PUT server on a free port, writing into ``folder``; yields its base URL."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.plain_put", str(folder), str(port)],
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.put(f"{url}/probe", content=b"x", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise SystemExit("the plain PUT server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), access_log=False, log_level="warning")
