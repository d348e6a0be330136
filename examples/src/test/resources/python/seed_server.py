"""Server of the classic length-prefixed tutorial: reads the 4-byte big-endian length, then the
body, and prints each JSON object as `received {"message": ..., "value": ...}`.

usage: python3 seed_server.py CONNECTIONS
Listens on 127.0.0.1 on a free port, prints `listening PORT`, serves CONNECTIONS clients one
after the other, then exits. TLS when WM_TLS_CERT is set (wm_tls.py); a client whose handshake
fails counts as served and is reported as `refused <reason>`.
"""
import json
import socket
import ssl
import sys

import wm_tls


def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None if not data else data
        data += chunk
    return data


def main():
    connections = int(sys.argv[1])
    tls = wm_tls.server_context()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.settimeout(20)
        print("listening", server.getsockname()[1], flush=True)
        for _ in range(connections):
            conn, _ = server.accept()
            if tls:
                try:
                    conn.settimeout(20)
                    conn = tls.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError) as e:
                    print("refused", e, flush=True)
                    conn.close()
                    continue
            with conn:
                conn.settimeout(20)
                while True:
                    header = recv_exactly(conn, 4)
                    if header is None:
                        break
                    if len(header) < 4:
                        print("truncated header", flush=True)
                        break
                    length = int.from_bytes(header, "big")
                    body = recv_exactly(conn, length)
                    if body is None or len(body) < length:
                        print("truncated body", flush=True)
                        break
                    obj = json.loads(body.decode("utf-8"))
                    print("received", json.dumps(obj, ensure_ascii=False, sort_keys=True), flush=True)


if __name__ == "__main__":
    main()
