#pragma once

#include <QList>
#include <QWizardPage>

class QLineEdit;

namespace Doudi {

// A wizard page whose Next button waits until the fields it requires are filled in.
class RequiredFieldsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequiredFieldsPage)

public:
    using QWizardPage::QWizardPage;

    void require(QLineEdit* field);
    bool isComplete() const override;

private:
    QList<QLineEdit*> m_required;
};

} // namespace Doudi
