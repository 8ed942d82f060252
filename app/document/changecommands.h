#pragma once

#include "document.h"

#include <QUndoCommand>

#include <functional>

// Sets a value through an apply function and puts the old one back on undo. Each direction
// is one committed edit; when the file refuses it, the command marks itself obsolete so the
// undo stack drops it instead of holding a step that never happened.
template <typename Value> class ChangeValueCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(const Value &)>;

    ChangeValueCommand(const QString &text, Value oldValue, Value newValue, Apply apply)
        : QUndoCommand(text), m_old(std::move(oldValue)), m_new(std::move(newValue)),
          m_apply(std::move(apply))
    {
    }

    void redo() override { setObsolete(!m_apply(m_new)); }
    void undo() override { setObsolete(!m_apply(m_old)); }

private:
    Value m_old;
    Value m_new;
    Apply m_apply;
};

// A change to the plan's structure, given as the statements that make it and the statements
// that take it back. Both run through Document::applyStructure, one transaction each.
class StructureCommand : public QUndoCommand
{
public:
    using Statements = std::function<bool(PlanStore &)>;

    StructureCommand(Document *document, const QString &text, Statements redo, Statements undo)
        : QUndoCommand(text), m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }

    void redo() override { setObsolete(!m_document->applyStructure(m_redo)); }
    void undo() override { setObsolete(!m_document->applyStructure(m_undo)); }

private:
    Document *m_document;
    Statements m_redo;
    Statements m_undo;
};
