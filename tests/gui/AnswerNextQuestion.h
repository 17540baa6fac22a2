#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

// Answers the question box (放弃修改？, 确认显示…) that the next step of a test opens, with `button`,
// as a clerk would; `asked`, when given, says whether one came.
inline void answerNextQuestion(QMessageBox::StandardButton button, bool* asked = nullptr)
{
    QTimer::singleShot(50, [button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (asked)
            *asked = box != nullptr;
        if (box)
            box->button(button)->click();
    });
}
