#pragma once

#include "model/layout/rack.h"

#include <QUndoCommand>

class DataHall;

// Undo commands that edit the hall's rows. They hold ids and value snapshots, never
// pointers into the hall: a removed row lives in its command as a RowSnapshot (with its
// racks and placements) until the command is undone or dropped from the stack.

// Adds a row (an empty new one, or a duplicate with fresh ids) at an index.
class InsertRowCommand : public QUndoCommand
{
public:
    InsertRowCommand(DataHall *hall, RowSnapshot row, int index, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RowSnapshot m_row;
    int m_index;
};

class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(DataHall *hall, RowId row, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RowId m_id;
    RowSnapshot m_row;
    int m_index = 0;
};

class RenameRowCommand : public QUndoCommand
{
public:
    RenameRowCommand(DataHall *hall, RowId row, QString name, const QString &text);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    DataHall *m_hall;
    RowId m_id;
    QString m_name; // the name to set next
};

// Reorders rows.
class MoveRowCommand : public QUndoCommand
{
public:
    MoveRowCommand(DataHall *hall, RowId row, int toIndex, const QString &text);
    void redo() override;
    void undo() override;

private:
    DataHall *m_hall;
    RowId m_id;
    int m_from;
    int m_to;
};
