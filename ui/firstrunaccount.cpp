// The administrator-account page of the first-run assistant. The accounts area returns its page here
// (a QWizardPage that also implements ui::FirstRunStep, so the account is created when the assistant
// finishes); until then the assistant has no account page and the operating-system user is the actor.

#include "firstrunwizard.h"

namespace ui {

QWizardPage *FirstRunWizard::createAccountPage()
{
    return nullptr;
}

} // namespace ui
