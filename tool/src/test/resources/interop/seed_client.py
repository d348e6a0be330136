"""The classic tutorial's client, on the module wiremessage-tool generated from the Java
server's record (`Data`): the same bytes, without a line of framing or JSON code.

usage: python3 seed_client.py PORT MESSAGE VALUE
"""
import socket
import sys

from seed import Connection, Data, WireError


def main():
    port, message, value = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        conn = Connection(sock, Data)
        try:
            conn.send(Data(message=message, value=value))
        except WireError as e:  # e.category == "encode": nothing was sent
            sys.exit(f"cannot send: {e}")
    print("sent", Data(message=message, value=value), flush=True)


if __name__ == "__main__":
    main()
