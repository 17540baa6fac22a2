#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;
class QUndoStack;
class QWidget;

namespace Doudi {

// Undo and redo for a form, as Tiled does it: every edit a clerk makes — the typing in one field,
// a choice, a tick, one cell, a row added or removed — becomes one command on a QUndoStack that
// holds the form as it was before and after. Ctrl+Z undoes it and Ctrl+Shift+Z (or Ctrl+Y) redoes
// it, wherever the keyboard is in the form: a field's own undo is never in the way, so the order
// of undoing is the order of editing.
//
// Whole-form states keep it simple and exact: what the form computes from a cell (a birth date
// from an ID number, a member's name in the income list) comes back with it, and a form of a few
// dozen cells costs microseconds to copy.
class FormUndo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormUndo)

public:
    // `busy` is true while the form fills itself in (loading, computing columns): no edit then.
    FormUndo(QWidget* form, std::function<bool()> busy);
    ~FormUndo() override;

    // The fields to follow, each with the name the undo button's tooltip gives it.
    void watch(QLineEdit* field, const QString& name);
    void watch(QComboBox* field, const QString& name);
    void watch(QCheckBox* field, const QString& name);
    void watch(QTableWidget* table, const QString& name);

    // A row was added to or removed from `table`: one edit, whatever its cells signalled.
    void rowAdded(QTableWidget* table);
    void rowRemoved(QTableWidget* table);
    // What the form shows now is where undoing stops (after loading or saving).
    void reset();
    // The form changed itself, not by an edit (full ID numbers shown): the next edit starts from
    // here, and the edits before it stay undoable.
    void takeFormChange();

    QUndoStack* stack() const { return m_stack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

public slots:
    void undo();
    void redo();

signals:
    // A command was undone or redone; `source` is the field it changed, to be brought to view.
    void restored(QWidget* source);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Cell
    {
        bool present = false;
        int flags = 0;
        QMap<int, QVariant> data;
        bool operator==(const Cell&) const = default;
    };
    struct Table
    {
        int rows = 0;
        int columns = 0;
        QList<Cell> cells;
        bool operator==(const Table&) const = default;
    };
    struct State
    {
        QStringList texts;
        QList<int> indexes;
        QList<int> checks;
        QList<Table> tables;
        bool operator==(const State&) const = default;
    };
    class Edit;

    // Records what changed since the last command as one edit, named `description`.
    void record(QWidget* source, const QString& description);
    State capture() const;
    void apply(const State& state, QWidget* source);
    // A field signalled a change: it is recorded once the signals of this one edit are all in.
    void noteChange(QWidget* source, bool typing);
    void flush();

    std::function<bool()> m_busy;
    QUndoStack* m_stack;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QList<QLineEdit*> m_lineEdits;
    QList<QComboBox*> m_comboBoxes;
    QList<QCheckBox*> m_checkBoxes;
    QList<QTableWidget*> m_tables;
    QMap<const QWidget*, QString> m_names;
    State m_last; // the form as the top command left it
    bool m_restoring = false;
    bool m_flushQueued = false;
    QPointer<QWidget> m_pending;    // the field whose change is about to be recorded
    bool m_pendingTyping = false;   // it was typing in a field
    QPointer<QLineEdit> m_typingIn; // the field whose typing the next keystrokes continue
};

} // namespace Doudi
