#pragma once

#include <QByteArray>

#include <optional>

namespace Doudi::Aead {

// XChaCha20-Poly1305 (libsodium's IETF construction) as Doudi stores secrets: a random 24-byte
// nonce, then the cipher with its 16-byte tag; `context` is the additional data, naming what the
// secret is so that a sealed value moved elsewhere does not open. `key` has 32 bytes.
QByteArray seal(const unsigned char* key, const QByteArray& secret, const QByteArray& context);
// Empty when the value is too short or does not authenticate.
std::optional<QByteArray> open(const unsigned char* key, const QByteArray& sealed, const QByteArray& context);

} // namespace Doudi::Aead
