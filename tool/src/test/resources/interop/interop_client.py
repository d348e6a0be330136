"""A client on the generated module: sends 10,000 Mix messages to a Java echo server, in
chunks that split frames anywhere, and checks that each comes back equal.

usage: python3 interop_client.py PORT COUNT SEED   (the generated mix.py on PYTHONPATH)
"""
import random
import socket
import sys

from mix import Color, Connection, Mix, Note, Ping, Point, Pos, Sample, Side

TEXT = "aé€😀 z"


def text(rng, n):
    return "".join(rng.choice(TEXT) for _ in range(rng.randrange(n)))


def pos(rng):
    return Pos(rng.randrange(-2**31, 2**31), rng.randrange(-2**31, 2**31),
               rng.choice([None, rng.randrange(-2**31, 2**31)]))


def message(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return Ping(rng.randrange(2**32))
    if kind == 1:
        return Note(text(rng, 20), rng.choice([None, text(rng, 5)]))
    return Sample(
        flag=rng.random() < 0.5, b=rng.randrange(-128, 128), s=rng.randrange(-2**15, 2**15),
        c=chr(rng.choice([0x41, 0xE9, 0x20AC, 0xFFFF])), i=rng.randrange(-2**31, 2**31),
        l=rng.randrange(-2**63, 2**63), f=rng.choice([0.0, 1.5, -2.25, 1024.5]), d=rng.uniform(-1e300, 1e300),
        u24=rng.randrange(2**24), u32=rng.randrange(2**32), text=text(rng, 40), name=text(rng, 30),
        data=bytes(rng.randrange(256) for _ in range(rng.randrange(50))),
        meta={"k": rng.randrange(1000), "s": text(rng, 5), "l": [1, 2]},
        point=Point(rng.randrange(-2**15, 2**15), rng.randrange(-2**15, 2**15)),
        note=rng.choice([None, text(rng, 10)]), side=rng.choice(list(Side)), color=rng.choice(list(Color)),
        tags=[text(rng, 10) for _ in range(rng.randrange(5))], ints=[rng.randrange(-2**31, 2**31) for _ in range(3)],
        path=[pos(rng) for _ in range(rng.randrange(4))], pos=rng.choice([None, pos(rng)]))


def main():
    port, count, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        conn = Connection(sock, Mix, chunk=7)  # small reads: frames arrive in pieces
        sent = 0
        while sent < count:
            batch = [message(rng) for _ in range(min(100, count - sent))]
            data = b"".join(Mix.to_frame(m) for m in batch)
            i = 0
            while i < len(data):  # split frames at random points
                n = rng.randrange(1, 300)
                sock.sendall(data[i:i + n])
                i += n
            for m in batch:
                echo = conn.receive()
                if echo != m:
                    sys.exit(f"message {sent}: sent {m!r}, the Java server echoed {echo!r}")
                sent += 1
        sock.shutdown(socket.SHUT_WR)
        if conn.receive() is not None:
            sys.exit("a message after the last echo")
    print(f"python client: {sent} messages echoed by the Java server")


if __name__ == "__main__":
    main()
