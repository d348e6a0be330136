"""Client of the classic delimiter tutorial: each MESSAGE as UTF-8 text followed by b'\\n'.

usage: python3 line_client.py PORT MESSAGE...
(MESSAGE may hold \\uXXXX escapes, so that any text survives the command line)
"""
import socket
import sys


def main():
    port = int(sys.argv[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for arg in sys.argv[2:]:
            text = arg.encode("ascii").decode("unicode_escape")
            sock.sendall(text.encode("utf-8") + b"\n")
    print("sent", len(sys.argv) - 2, flush=True)


if __name__ == "__main__":
    main()
