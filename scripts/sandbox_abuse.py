"""Malformed requests sent as raw bytes to a running sandbox: none may crash it or get a
server error, and it must still answer a good request afterwards."""
import socket
import sys

BAD_REQUESTS = [
    b"GET /oauth2/token?client_id=%ZZ%%&code=\xff\xfe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /oauth2/authorize?redirect_uri=" + b"A" * 200_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /user/profile?clientId=1&token=x HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: MAC " + b"\"" * 5000 + b"\r\n\r\n",
    b"GET /user/profile?clientId=1&token=x HTTP/1.1\r\nAuthorization: MAC access_token=\"x\", nonce=\"1:1\", mac=\"\xc3\x28\"\r\n\r\n",
    b"GET http://evil.example/oauth2/token HTTP/1.1\r\nHost: evil.example\r\n\r\n",
    b"GARBAGE\r\n\r\n",
    b"GET /checkPassword?clientId=2882303761517000000&xmUserId=1&callback=javascript:alert(1) HTTP/1.1\r\nHost: x\r\n\r\n",
    b"\x00\x01\x02\x03",
]


def send(port, data, timeout=10):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        try:
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
        except OSError:
            return b""  # the server may close first on a huge request: no answer is fine
        chunks = []
        while True:
            try:
                chunk = connection.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def check(port):
    for data in BAD_REQUESTS:
        answer = send(port, data)
        status = answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/") else b""
        if status.startswith(b"5"):
            sys.exit(f"check_sandbox: a malformed request got a server error: {data[:80]!r} -> {answer[:200]!r}")
    good = send(port, b"GET /oauth2/token?grant_type=password HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    if b"96006" not in good:
        sys.exit(f"check_sandbox: after malformed requests the sandbox answered {good[:200]!r}")
    print(f"check_sandbox: {len(BAD_REQUESTS)} malformed requests, no server error, still answering")
