"""Client of the classic length-prefixed tutorial: for each MESSAGE VALUE pair, a 4-byte
big-endian length, then the UTF-8 JSON body {"message": ..., "value": ...}, as two sendall calls.

usage: python3 seed_client.py PORT MESSAGE VALUE [MESSAGE VALUE ...]
(MESSAGE may hold \\uXXXX escapes, so that any text survives the command line)
TLS when WM_TLS_CA is set (wm_tls.py).
"""
import json
import socket
import sys

import wm_tls


def main():
    port = int(sys.argv[1])
    pairs = sys.argv[2:]
    with wm_tls.client(socket.create_connection(("127.0.0.1", port), timeout=10)) as sock:
        for i in range(0, len(pairs), 2):
            message = pairs[i].encode("ascii").decode("unicode_escape")
            body = json.dumps({"message": message, "value": int(pairs[i + 1])}).encode("utf-8")
            sock.sendall(len(body).to_bytes(4, "big"))
            sock.sendall(body)
        wm_tls.finish(sock)
    print("sent", len(pairs) // 2, flush=True)


if __name__ == "__main__":
    main()
