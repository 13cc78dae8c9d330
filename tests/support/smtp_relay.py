#!/usr/bin/python3
"""A real SMTP relay for nacred's tests: Debian's aiosmtpd on loopback, STARTTLS with a certificate
the test made, AUTH after TLS, and recipients it refuses with 550 on request. Every mail it accepts is
parsed with Python's own MIME parser (email, policy.default) and written as one JSON file: envelope,
decoded headers, each part's type, charset and text, and whatever defects the parser found.

usage: smtp_relay.py --port N --out DIR --cert PEM --key PEM [--user U --password P] [--reject PREFIX]...
       [--implicit-tls | --no-tls]
Prints "ready" once it accepts connections; stops on SIGTERM or when its standard input closes.
"""
import argparse
import email
import email.policy
import email.utils
import json
import os
import signal
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, out, reject):
        self.out = out
        self.reject = reject
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(address.startswith(prefix) for prefix in self.reject):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = list(message.iter_parts()) if message.is_multipart() else [message]
        defects = [type(d).__name__ for d in message.defects]
        for part in parts:
            defects += [type(d).__name__ for d in part.defects]
        try:
            date_valid = email.utils.parsedate_to_datetime(str(message["Date"])) is not None
        except (TypeError, ValueError):
            date_valid = False
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(session.authenticated),
            "ascii": all(b < 128 for b in envelope.content),
            "contentType": message.get_content_type(),
            "headers": {name: str(value) for name, value in message.items()},
            "dateValid": date_valid,
            "parts": [
                {"contentType": p.get_content_type(), "charset": p.get_content_charset(), "text": p.get_content()}
                for p in parts
            ],
            "defects": defects,
        }
        self.count += 1
        name = "%d-%04d.json" % (time.time_ns(), self.count)
        temporary = os.path.join(self.out, "." + name)
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False)
        os.rename(temporary, os.path.join(self.out, name))
        return "250 2.0.0 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (smtps), no STARTTLS")
    parser.add_argument("--no-tls", action="store_true", help="plain text only: no STARTTLS offered")
    args = parser.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
            and auth_data.password.decode() == args.password
        return AuthResult(success=ok)

    if args.no_tls:
        options = {}
    elif args.implicit_tls:
        options = {"ssl_context": context}
    else:
        options = {"tls_context": context, "require_starttls": True}
    if args.user:
        # With implicit TLS the session is encrypted from the start, but aiosmtpd only counts STARTTLS
        # as TLS for auth_require_tls; the connection is TLS either way.
        options.update(authenticator=authenticator, auth_required=True, auth_require_tls=not args.implicit_tls)
    controller = Controller(Handler(args.out, args.reject), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("ready", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
