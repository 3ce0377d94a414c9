#pragma once

#include "result.h"

#include <QString>

namespace core::password {

/// How much work an Argon2id hash costs. Interactive is libsodium's recommendation for logins
/// (64 MiB, 2 passes, about a tenth of a second); Minimal exists for tests that hash many passwords.
enum class Cost { Interactive, Minimal };

/// Sets the cost of new hashes for the whole process (tests only; existing hashes keep their own).
void setCost(Cost cost);

/// An Argon2id hash string of `password` (crypto_pwhash_str), with a fresh random salt.
Result<QString> hash(const QString &password);
/// Whether `password` matches `hash`, in time independent of where they differ.
bool verify(const QString &hash, const QString &password);
/// Whether `hash` was made with other parameters than new hashes get (so it should be rehashed).
bool needsRehash(const QString &hash);
/// The rules a new password must meet (at least 8 characters, not only blanks).
Status checkStrength(const QString &password);

/// The delay before the next login attempt is accepted after `failures` consecutive failures: none
/// for the first two (typing errors), then 5 s doubling to at most 15 minutes.
qint64 loginDelaySeconds(int failures);

} // namespace core::password
