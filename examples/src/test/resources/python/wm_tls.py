"""TLS for the seed and line peers, from the environment, with Python's own ssl module:

WM_TLS_CA    PEM certificates to trust on the other side (a client: the server's; a server:
             the clients' -- then a client certificate is required)
WM_TLS_CERT  PEM certificate of this side (a server: required for TLS; a client: optional)
WM_TLS_KEY   PEM private key of WM_TLS_CERT

Without any of them the peers speak plain TCP, as in the classic tutorial.
"""
import os
import socket
import ssl


def client(sock):
    """Wraps a connected client socket when WM_TLS_CA is set; checks the server's name 127.0.0.1."""
    ca = os.environ.get("WM_TLS_CA")
    if not ca:
        return sock
    context = ssl.create_default_context(cafile=ca)
    if os.environ.get("WM_TLS_CERT"):
        context.load_cert_chain(os.environ["WM_TLS_CERT"], os.environ["WM_TLS_KEY"])
    return context.wrap_socket(sock, server_hostname="127.0.0.1")


def finish(sock):
    """Ends a client's TLS connection without losing what it sent: shuts down writing, then reads
    to the server's end of stream. A TLS 1.3 server sends session tickets after the handshake;
    closing a socket with them unread makes the kernel send a reset, which can discard frames
    the server has not read yet. Plain sockets are left to the caller's close."""
    if not isinstance(sock, ssl.SSLSocket):
        return
    sock.shutdown(socket.SHUT_WR)
    try:
        while sock.recv(4096):
            pass
    except OSError:
        pass


def server_context():
    """The server's context when WM_TLS_CERT is set, else None; WM_TLS_CA makes client certificates required."""
    cert = os.environ.get("WM_TLS_CERT")
    if not cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, os.environ["WM_TLS_KEY"])
    if os.environ.get("WM_TLS_CA"):
        context.load_verify_locations(cafile=os.environ["WM_TLS_CA"])
        context.verify_mode = ssl.CERT_REQUIRED
    return context
