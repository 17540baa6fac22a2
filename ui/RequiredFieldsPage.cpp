#include "RequiredFieldsPage.h"

#include <QLineEdit>

namespace Doudi {

void RequiredFieldsPage::require(QLineEdit* field)
{
    m_required.append(field);
    connect(field, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool RequiredFieldsPage::isComplete() const
{
    for (const QLineEdit* field : m_required) {
        if (field->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace Doudi
