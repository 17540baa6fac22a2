#pragma once

#include "store/DraftRepository.h"

#include <QDialog>
#include <QList>
#include <optional>

class QListWidget;
class QPushButton;

namespace Doudi {

// 恢复未保存的录入: the forms this person was typing when Doudi last stopped without them being
// saved or given up (a crash, a power cut). One is chosen to be put back on its form, or thrown
// away; those left are offered again at the next start.
class RecoverDraftsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverDraftsDialog)

public:
    RecoverDraftsDialog(DraftRepository& drafts, QList<Draft> list, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The draft to put back, once the dialog is accepted.
    std::optional<Draft> chosen() const { return m_chosen; }

private:
    void discardChosen();

    DraftRepository& m_drafts;
    QList<Draft> m_all;
    QListWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_discard = nullptr;
    std::optional<Draft> m_chosen;
};

} // namespace Doudi
