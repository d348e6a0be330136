"""A Stamp(UUID id, Instant at, BigDecimal price) peer written from docs/wire-format.md alone,
with struct and the standard library: no generated code. Accepts one connection, prints each
message it reads, and answers each with the same id, one second later, at twice the price.

    frame   = u32 length (big-endian), payload
    payload = id: 16 bytes | at: int64 seconds, uint32 nanos | price: int32 scale, u32 count, unscaled bytes
"""
import decimal
import socket
import struct
import sys
import uuid


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None if not data else sys.exit("truncated frame")
        data += chunk
    return data


def read_stamp(payload):
    stamp_id = uuid.UUID(bytes=payload[0:16])
    seconds, nanos = struct.unpack(">qI", payload[16:28])
    assert nanos <= 999_999_999, "malformed nanoseconds"
    scale, count = struct.unpack(">iI", payload[28:36])
    assert 36 + count == len(payload), "bytes left after the price"
    unscaled = int.from_bytes(payload[36:36 + count], "big", signed=True)
    digits = tuple(int(d) for d in str(abs(unscaled)))
    return stamp_id, seconds, nanos, decimal.Decimal((1 if unscaled < 0 else 0, digits, -scale))


def write_stamp(stamp_id, seconds, nanos, price):
    sign, digits, exponent = price.as_tuple()
    unscaled = int("".join(map(str, digits))) * (-1 if sign else 1)
    raw = unscaled.to_bytes((unscaled.bit_length() + 8) // 8 if unscaled >= 0 else ((~unscaled).bit_length() + 8) // 8,
                            "big", signed=True)
    payload = stamp_id.bytes + struct.pack(">qIiI", seconds, nanos, -exponent, len(raw)) + raw
    return struct.pack(">I", len(payload)) + payload


def main():
    decimal.getcontext().prec = 1000  # exact doubling: the default 28 digits would round a long price
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    print("listening", server.getsockname()[1], flush=True)
    conn, _ = server.accept()
    with conn:
        while True:
            header = recv_exact(conn, 4)
            if header is None:
                break
            stamp_id, seconds, nanos, price = read_stamp(recv_exact(conn, struct.unpack(">I", header)[0]))
            print("received", stamp_id, seconds, nanos, price, flush=True)
            conn.sendall(write_stamp(stamp_id, seconds + 1, nanos, price * 2))


if __name__ == "__main__":
    main()
