#include "Aead.h"

#include <sodium.h>

namespace Doudi::Aead {

namespace {
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
} // namespace

QByteArray seal(const unsigned char* key, const QByteArray& secret, const QByteArray& context)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    QByteArray sealed(kNonceSize + secret.size() + kTagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, kNonceSize);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + kNonceSize, &length, reinterpret_cast<const unsigned char*>(secret.constData()),
        static_cast<unsigned long long>(secret.size()), reinterpret_cast<const unsigned char*>(context.constData()),
        static_cast<unsigned long long>(context.size()), nullptr, out, key);
    return sealed;
}

std::optional<QByteArray> open(const unsigned char* key, const QByteArray& sealed, const QByteArray& context)
{
    if (sealed.size() < kNonceSize + kTagSize)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    QByteArray secret(sealed.size() - kNonceSize - kTagSize, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(secret.data()), &length, nullptr,
                                                   in + kNonceSize,
                                                   static_cast<unsigned long long>(sealed.size() - kNonceSize),
                                                   reinterpret_cast<const unsigned char*>(context.constData()),
                                                   static_cast<unsigned long long>(context.size()), in, key) != 0)
        return std::nullopt;
    return secret;
}

} // namespace Doudi::Aead
