#pragma once

#include "registrytypes.h"
#include "result.h"

namespace core {

/// Field rules every record must pass before it is stored, whoever stores it (dialog, import, CLI).
/// On failure Error::where is the field key ("credit_code", "expires_on", ...).
Status validate(const Bureau &b);
Status validate(const Unit &u);
Status validate(const Standard &s);
Status validate(const Equipment &e);
Status validate(const Person &p);

} // namespace core
