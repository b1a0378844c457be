#pragma once

#include <QSqlDatabase>

// Begins a transaction and rolls it back unless commit() is called, so that every early
// return or failed statement leaves the database exactly as it was.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    { }
    ~SqlTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};
