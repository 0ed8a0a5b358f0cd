#include <git2.h>
// SHA-1 for checking a pack index's own checksum. libgit2 exposes hashing only with an object
// header (git_odb_hash); mbedTLS is the crypto library Debian's libgit2 is built with, and
// libgit2-dev depends on libmbedtls-dev, so it is present wherever libgit2's headers are.
#include <mbedtls/version.h>
#include <mbedtls/sha1.h>

static inline int roadmap_sha1(const unsigned char *input, size_t length, unsigned char output[20]) {
#if MBEDTLS_VERSION_NUMBER >= 0x03000000
    return mbedtls_sha1(input, length, output);
#else
    return mbedtls_sha1_ret(input, length, output);
#endif
}
