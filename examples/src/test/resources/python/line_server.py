"""Server of the classic delimiter tutorial: buffers what arrives, splits on b'\\n', and prints
each complete line as `received <text>`.

usage: python3 line_server.py CONNECTIONS
Listens on 127.0.0.1 on a free port, prints `listening PORT`, serves CONNECTIONS clients one
after the other, then exits.
"""
import socket
import sys


def main():
    connections = int(sys.argv[1])
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.settimeout(20)
        print("listening", server.getsockname()[1], flush=True)
        for _ in range(connections):
            conn, _ = server.accept()
            with conn:
                conn.settimeout(20)
                buffer = b""
                while True:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    buffer += chunk
                    *lines, buffer = buffer.split(b"\n")
                    for line in lines:
                        print("received", line.decode("utf-8"), flush=True)
                if buffer:
                    print("unterminated", buffer.decode("utf-8", "replace"), flush=True)


if __name__ == "__main__":
    main()
