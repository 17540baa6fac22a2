#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QDialog;

namespace Doudi {

// Nothing typed is lost: a form with changes asks 放弃修改？ (保存 / 放弃 / 继续编辑) before Esc, 取消 or
// the window's close button closes it. Watches any QDialog — one written as a class or built on
// the spot — through the form's state (a text that changes with every field) and its save.
class FormGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormGuard)

public:
    // `save` saves and closes the form, or keeps it open with the problems shown (false).
    FormGuard(QDialog* form, std::function<QString()> state, std::function<bool()> save);

    // What is on the form now counts as unchanged (after filling it, after saving).
    void markSaved();
    bool hasChanges() const;

public slots:
    // Closes the form as 取消 does, asking first when something changed.
    void cancel();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDialog* m_form;
    std::function<QString()> m_state;
    std::function<bool()> m_save;
    QString m_baseline;
};

} // namespace Doudi
