"""An asyncio server on the generated module: echoes every Mix message of one client (reading
5 bytes at a time, re-encoding each message), then exits.

usage: python3 interop_server.py   (prints "port N"; the generated mix.py on PYTHONPATH)
"""
import asyncio

from mix import AsyncConnection, Mix


async def main():
    done = asyncio.get_running_loop().create_future()

    async def serve(reader, writer):
        conn = AsyncConnection(reader, writer, Mix, chunk=5)
        count = 0
        try:
            while True:
                message = await conn.receive()
                if message is None:
                    break
                await conn.send(message)
                count += 1
        finally:
            writer.close()
            if not done.done():
                done.set_result(count)

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    print("port", server.sockets[0].getsockname()[1], flush=True)
    count = await done
    server.close()
    print(f"python server: echoed {count} messages", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
