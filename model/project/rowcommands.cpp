#include "model/project/rowcommands.h"

#include "model/layout/datahall.h"

InsertRowCommand::InsertRowCommand(DataHall *hall, RowSnapshot row, int index, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_row(std::move(row))
    , m_index(index)
{ }

void InsertRowCommand::redo()
{
    m_hall->insertRow(m_index, m_row);
}

void InsertRowCommand::undo()
{
    m_row = m_hall->takeRow(m_row.row.id);
}

RemoveRowCommand::RemoveRowCommand(DataHall *hall, RowId row, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_id(row)
{ }

void RemoveRowCommand::redo()
{
    m_index = m_hall->rowIndex(m_id);
    m_row = m_hall->takeRow(m_id);
}

void RemoveRowCommand::undo()
{
    m_hall->insertRow(m_index, m_row);
    m_row = {};
}

RenameRowCommand::RenameRowCommand(DataHall *hall, RowId row, QString name, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_id(row)
    , m_name(std::move(name))
{ }

void RenameRowCommand::swap()
{
    const HallRow *row = m_hall->row(m_id);
    if (!row)
        return;
    QString previous = row->name;
    m_hall->renameRow(m_id, m_name);
    m_name = std::move(previous);
}

MoveRowCommand::MoveRowCommand(DataHall *hall, RowId row, int toIndex, const QString &text)
    : QUndoCommand(text)
    , m_hall(hall)
    , m_id(row)
    , m_from(hall->rowIndex(row))
    , m_to(toIndex)
{ }

void MoveRowCommand::redo()
{
    m_hall->moveRow(m_id, m_to);
}

void MoveRowCommand::undo()
{
    m_hall->moveRow(m_id, m_from);
}
