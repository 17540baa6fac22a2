#include "FormSnapshot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>

namespace Doudi {

namespace {

// The roles of a table cell worth keeping: its text, tick and alignment, and the roles forms keep
// their own data in (ids, codes, a full ID number behind a masked one).
const QList<int> kCellRoles = {Qt::DisplayRole,  Qt::TextAlignmentRole, Qt::CheckStateRole, Qt::ToolTipRole,
                               Qt::UserRole,     Qt::UserRole + 1,      Qt::UserRole + 2,   Qt::UserRole + 3,
                               Qt::UserRole + 4, Qt::UserRole + 5};

// The fields of a form, in the order it made them: widgets Qt makes inside others are left out.
QList<QWidget*> fieldsOf(const QWidget* root, const QList<const QWidget*>& skip)
{
    QList<QWidget*> out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        bool inside = false;
        for (const QWidget* up = w->parentWidget(); up && up != root && !inside; up = up->parentWidget())
            inside = qobject_cast<const QAbstractItemView*>(up) || qobject_cast<const QAbstractSpinBox*>(up) ||
                     qobject_cast<const QComboBox*>(up);
        for (const QWidget* s : skip)
            inside = inside || s == w || s->isAncestorOf(w);
        if (inside)
            continue;
        if (qobject_cast<QTableWidget*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QDateEdit*>(w) || qobject_cast<QSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
            qobject_cast<QTextEdit*>(w))
            out.append(w);
        else if (auto* button = qobject_cast<QAbstractButton*>(w); button && button->isCheckable())
            out.append(w);
    }
    return out;
}

QJsonObject cellOf(const QTableWidgetItem* item)
{
    QJsonObject cell;
    for (const int role : kCellRoles) {
        const QVariant v = item->data(role);
        if (!v.isValid())
            continue;
        if (role == Qt::TextAlignmentRole || role == Qt::CheckStateRole) // flags and enums, as numbers
            cell.insert(QString::number(role), v.toInt());
        else
            cell.insert(QString::number(role),
                        QJsonValue::fromVariant(v).isNull() ? QJsonValue(v.toString()) : QJsonValue::fromVariant(v));
    }
    cell.insert(QStringLiteral("flags"), int(item->flags()));
    return cell;
}

QTableWidgetItem* itemOf(const QJsonObject& cell)
{
    auto* item = new QTableWidgetItem;
    for (auto it = cell.constBegin(); it != cell.constEnd(); ++it) {
        bool isRole = false;
        const int role = it.key().toInt(&isRole);
        if (!isRole)
            continue;
        if (role == Qt::CheckStateRole)
            item->setData(role, Qt::CheckState(it.value().toInt()));
        else
            item->setData(role, it.value().toVariant());
    }
    if (cell.contains(QStringLiteral("flags")))
        item->setFlags(Qt::ItemFlags(cell.value(QStringLiteral("flags")).toInt()));
    return item;
}

} // namespace

QJsonArray FormSnapshot::capture(const QWidget* root, const QList<const QWidget*>& skip)
{
    QJsonArray fields;
    for (const QWidget* w : fieldsOf(root, skip)) {
        if (const auto* table = qobject_cast<const QTableWidget*>(w)) {
            // A cell being typed in keeps its text in its editor until it is left: that text counts.
            const auto* editor = qobject_cast<const QLineEdit*>(QApplication::focusWidget());
            const bool editing = editor && table->isAncestorOf(editor);
            QJsonArray rows;
            for (int r = 0; r < table->rowCount(); ++r) {
                QJsonArray row;
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QTableWidgetItem* item = table->item(r, c);
                    QJsonObject cell = item ? cellOf(item) : QJsonObject();
                    if (editing && table->currentRow() == r && table->currentColumn() == c)
                        cell.insert(QString::number(Qt::DisplayRole), editor->text());
                    row.append(cell.isEmpty() ? QJsonValue() : QJsonValue(cell));
                }
                rows.append(row);
            }
            fields.append(QJsonObject{{QStringLiteral("table"), rows}});
        } else if (const auto* line = qobject_cast<const QLineEdit*>(w)) {
            // A password is never kept.
            fields.append(QJsonObject{
                {QStringLiteral("line"), line->echoMode() == QLineEdit::Normal ? line->text() : QString()}});
        } else if (const auto* box = qobject_cast<const QComboBox*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("choice"), box->currentIndex()},
                                      {QStringLiteral("text"), box->currentText()}});
        } else if (const auto* date = qobject_cast<const QDateEdit*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("date"), date->date().toString(Qt::ISODate)}});
        } else if (const auto* spin = qobject_cast<const QSpinBox*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("number"), spin->value()}});
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("note"), plain->toPlainText()}});
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("note"), rich->toPlainText()}});
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            fields.append(QJsonObject{{QStringLiteral("tick"), button->isChecked()}});
        }
    }
    return fields;
}

void FormSnapshot::apply(QWidget* root, const QJsonArray& fields, const QList<const QWidget*>& skip)
{
    const QList<QWidget*> widgets = fieldsOf(root, skip);
    for (qsizetype i = 0; i < widgets.size() && i < fields.size(); ++i) {
        QWidget* w = widgets.at(i);
        const QJsonObject field = fields.at(i).toObject();
        if (auto* table = qobject_cast<QTableWidget*>(w); table && field.contains(QStringLiteral("table"))) {
            const QJsonArray rows = field.value(QStringLiteral("table")).toArray();
            table->setRowCount(0);
            table->setRowCount(int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonArray row = rows.at(r).toArray();
                for (int c = 0; c < row.size() && c < table->columnCount(); ++c) {
                    if (row.at(c).isObject())
                        table->setItem(r, c, itemOf(row.at(c).toObject()));
                }
            }
        } else if (auto* line = qobject_cast<QLineEdit*>(w); line && field.contains(QStringLiteral("line"))) {
            if (line->echoMode() == QLineEdit::Normal)
                line->setText(field.value(QStringLiteral("line")).toString());
        } else if (auto* box = qobject_cast<QComboBox*>(w); box && field.contains(QStringLiteral("choice"))) {
            const int index = field.value(QStringLiteral("choice")).toInt();
            if (index < box->count())
                box->setCurrentIndex(index);
            if (box->isEditable())
                box->setCurrentText(field.value(QStringLiteral("text")).toString());
        } else if (auto* date = qobject_cast<QDateEdit*>(w); date && field.contains(QStringLiteral("date"))) {
            date->setDate(QDate::fromString(field.value(QStringLiteral("date")).toString(), Qt::ISODate));
        } else if (auto* spin = qobject_cast<QSpinBox*>(w); spin && field.contains(QStringLiteral("number"))) {
            spin->setValue(field.value(QStringLiteral("number")).toInt());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w); plain && field.contains(QStringLiteral("note"))) {
            plain->setPlainText(field.value(QStringLiteral("note")).toString());
        } else if (auto* rich = qobject_cast<QTextEdit*>(w); rich && field.contains(QStringLiteral("note"))) {
            rich->setPlainText(field.value(QStringLiteral("note")).toString());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w); button && field.contains(QStringLiteral("tick"))) {
            button->setChecked(field.value(QStringLiteral("tick")).toBool());
        } else {
            return; // the form is not the one the draft was taken from any more
        }
    }
}

} // namespace Doudi
