#include "FormUndo.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Doudi {

namespace {

// A problem marked on a cell (its colour and tooltip) is not part of what was typed.
bool isMarking(int role)
{
    return role == Qt::BackgroundRole || role == Qt::ToolTipRole;
}

bool isUndoOrRedo(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

} // namespace

// One edit: the form before and after it.
class FormUndo::Edit final : public QUndoCommand
{
public:
    Edit(FormUndo* owner, State before, State after, QWidget* source, bool continuesTyping, const QString& text)
        : QUndoCommand(text)
        , m_owner(owner)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_source(source)
        , m_continuesTyping(continuesTyping)
    {}

    void undo() override { m_owner->apply(m_before, m_source); }

    void redo() override
    {
        // Pushed after the clerk made the edit: the first redo has nothing to do.
        if (m_applied)
            m_owner->apply(m_after, m_source);
        m_applied = true;
    }

    int id() const override { return 1; }

    // Each keystroke in a field continues the edit the field's first keystroke began.
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const Edit*>(other);
        if (!next->m_continuesTyping || next->m_source != m_source)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    FormUndo* m_owner;
    State m_before;
    State m_after;
    QPointer<QWidget> m_source;
    bool m_continuesTyping;
    bool m_applied = false;
};

FormUndo::FormUndo(QWidget* form, std::function<bool()> busy)
    : QObject(form)
    , m_busy(std::move(busy))
    , m_stack(new QUndoStack(this))
    , m_undoAction(new QAction(tr("Undo"), form))
    , m_redoAction(new QAction(tr("Redo"), form))
{
    m_undoAction->setShortcut(QKeySequence::Undo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(keys))
            redoKeys.append(keys);
    }
    m_redoAction->setShortcuts(redoKeys);
    for (QAction* action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        form->addAction(action);
    }
    connect(m_undoAction, &QAction::triggered, this, &FormUndo::undo);
    connect(m_redoAction, &QAction::triggered, this, &FormUndo::redo);
    connect(m_stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    const auto describe = [this] {
        const QString undo = m_stack->undoText();
        const QString redo = m_stack->redoText();
        m_undoAction->setToolTip(
            undo.isEmpty()
                ? tr("Nothing to undo")
                : tr("Undo: %1 (%2)").arg(undo, m_undoAction->shortcut().toString(QKeySequence::NativeText)));
        m_redoAction->setToolTip(
            redo.isEmpty()
                ? tr("Nothing to redo")
                : tr("Redo: %1 (%2)").arg(redo, m_redoAction->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(m_stack, &QUndoStack::indexChanged, this, describe);
    connect(m_stack, &QUndoStack::cleanChanged, this, describe);
    describe();
}

FormUndo::~FormUndo()
{
    // The commands refer back to this object: gone before it is.
    m_stack->clear();
}

void FormUndo::watch(QLineEdit* field, const QString& name)
{
    m_lineEdits.append(field);
    m_names.insert(field, name);
    field->installEventFilter(this);
    connect(field, &QLineEdit::textEdited, this, [this, field] { noteChange(field, true); });
    // Leaving the field ends its edit: typing there again is a new one.
    connect(field, &QLineEdit::editingFinished, this, [this, field] {
        flush();
        if (m_typingIn == field)
            m_typingIn = nullptr;
    });
    // Reformatting the typed text (3000.5 → 3,000.50) belongs to the same edit.
    connect(field, &QLineEdit::textChanged, this, [this, field] { noteChange(field, m_typingIn == field); });
}

void FormUndo::watch(QComboBox* field, const QString& name)
{
    m_comboBoxes.append(field);
    m_names.insert(field, name);
    connect(field, &QComboBox::currentIndexChanged, this, [this, field] { noteChange(field, false); });
}

void FormUndo::watch(QCheckBox* field, const QString& name)
{
    m_checkBoxes.append(field);
    m_names.insert(field, name);
    connect(field, &QCheckBox::stateChanged, this, [this, field] { noteChange(field, false); });
}

void FormUndo::watch(QTableWidget* table, const QString& name)
{
    m_tables.append(table);
    m_names.insert(table, name);
    connect(table, &QTableWidget::itemChanged, this, [this, table] { noteChange(table, false); });
}

void FormUndo::reset()
{
    m_stack->clear();
    m_last = capture();
    m_pending = nullptr;
    m_typingIn = nullptr;
}

void FormUndo::rowAdded(QTableWidget* table)
{
    record(table, tr("Add a row to %1").arg(m_names.value(table)));
}

void FormUndo::rowRemoved(QTableWidget* table)
{
    record(table, tr("Remove a row from %1").arg(m_names.value(table)));
}

void FormUndo::takeFormChange()
{
    m_pending = nullptr;
    m_last = capture();
}

void FormUndo::record(QWidget* source, const QString& description)
{
    m_pending = nullptr; // the signals of this edit are part of it
    State now = capture();
    if (now == m_last)
        return;
    m_typingIn = nullptr;
    m_stack->push(new Edit(this, m_last, now, source, false, description));
    m_last = std::move(now);
}

void FormUndo::noteChange(QWidget* source, bool typing)
{
    if (m_restoring || m_busy())
        return;
    // One edit may change several fields (a village chosen sets where the household lives): it is
    // named after the field the clerk is in.
    const auto hasKeyboard = [](const QWidget* w) {
        return w && (w->hasFocus() || w->isAncestorOf(QApplication::focusWidget()));
    };
    if (source == m_pending) {
        m_pendingTyping = m_pendingTyping || typing; // textChanged and textEdited, in either order
    } else if (!m_pending || (hasKeyboard(source) && !hasKeyboard(m_pending))) {
        m_pending = source;
        m_pendingTyping = typing;
    }
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &FormUndo::flush, Qt::QueuedConnection);
    }
}

void FormUndo::flush()
{
    m_flushQueued = false;
    QWidget* source = m_pending;
    if (!source)
        return;
    m_pending = nullptr;
    State now = capture();
    if (now == m_last)
        return;
    const bool continues = m_pendingTyping && m_typingIn == source;
    m_typingIn = m_pendingTyping ? qobject_cast<QLineEdit*>(source) : nullptr;
    m_stack->push(new Edit(this, m_last, now, source, continues, tr("Change %1").arg(m_names.value(source))));
    m_last = std::move(now);
}

void FormUndo::undo()
{
    flush(); // an edit whose signals are still coming in is undone whole
    m_stack->undo();
}

void FormUndo::redo()
{
    flush();
    m_stack->redo();
}

bool FormUndo::eventFilter(QObject* watched, QEvent* event)
{
    // A field keeps no undo of its own: Ctrl+Z in it undoes the form's last edit, in order.
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent*>(event)))
        return true; // left unaccepted: the form's shortcut runs
    return QObject::eventFilter(watched, event);
}

FormUndo::State FormUndo::capture() const
{
    State state;
    for (const QLineEdit* field : m_lineEdits)
        state.texts.append(field->text());
    for (const QComboBox* field : m_comboBoxes)
        state.indexes.append(field->currentIndex());
    for (const QCheckBox* field : m_checkBoxes)
        state.checks.append(field->checkState());
    for (const QTableWidget* table : m_tables) {
        Table t{table->rowCount(), table->columnCount(), {}};
        t.cells.reserve(t.rows * t.columns);
        for (int r = 0; r < t.rows; ++r) {
            for (int c = 0; c < t.columns; ++c) {
                Cell cell;
                if (const QTableWidgetItem* item = table->item(r, c)) {
                    cell.present = true;
                    cell.flags = int(item->flags());
                    const QMap<int, QVariant> data = table->model()->itemData(table->model()->index(r, c));
                    for (auto it = data.cbegin(); it != data.cend(); ++it) {
                        if (!isMarking(it.key()))
                            cell.data.insert(it.key(), it.value());
                    }
                }
                t.cells.append(std::move(cell));
            }
        }
        state.tables.append(std::move(t));
    }
    return state;
}

void FormUndo::apply(const State& state, QWidget* source)
{
    m_restoring = true;
    m_pending = nullptr;
    m_typingIn = nullptr;
    for (qsizetype i = 0; i < m_lineEdits.size(); ++i) {
        const QSignalBlocker quiet(m_lineEdits[i]);
        if (m_lineEdits[i]->text() != state.texts[i])
            m_lineEdits[i]->setText(state.texts[i]);
    }
    for (qsizetype i = 0; i < m_comboBoxes.size(); ++i) {
        const QSignalBlocker quiet(m_comboBoxes[i]);
        m_comboBoxes[i]->setCurrentIndex(state.indexes[i]);
    }
    for (qsizetype i = 0; i < m_checkBoxes.size(); ++i) {
        const QSignalBlocker quiet(m_checkBoxes[i]);
        m_checkBoxes[i]->setCheckState(Qt::CheckState(state.checks[i]));
    }
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        QTableWidget* table = m_tables[i];
        const Table& t = state.tables[i];
        const QSignalBlocker quiet(table);
        const int row = table->currentRow();
        const int column = table->currentColumn();
        table->setRowCount(t.rows);
        for (int r = 0; r < t.rows; ++r) {
            for (int c = 0; c < t.columns; ++c) {
                const Cell& cell = t.cells[r * t.columns + c];
                if (!cell.present) {
                    delete table->takeItem(r, c);
                    continue;
                }
                auto* item = new QTableWidgetItem;
                for (auto it = cell.data.cbegin(); it != cell.data.cend(); ++it)
                    item->setData(it.key(), it.value());
                item->setFlags(Qt::ItemFlags(cell.flags));
                table->setItem(r, c, item);
            }
        }
        if (t.rows > 0)
            table->setCurrentCell(std::clamp(row, 0, t.rows - 1), std::max(column, 0));
    }
    m_last = state;
    m_restoring = false;
    emit restored(source);
}

} // namespace Doudi
