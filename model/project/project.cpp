#include "model/project/project.h"

#include "model/project/projectfile.h"

#include <QFileInfo>

Project::Project(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Project::~Project()
{
    // ~QUndoStack clears itself and emits indexChanged/cleanChanged while the objects
    // listening (this project, the main window being torn down) are half destroyed.
    // Nobody needs to hear about a document that is going away.
    m_undoStack.blockSignals(true);
}

void Project::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

QString Project::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_filePath).fileName();
}

void Project::clear()
{
    load({}, {}, QString());
}

void Project::load(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog,
                   const QString &filePath)
{
    load(rows, catalog, {}, filePath);
}

void Project::load(const std::vector<RowSnapshot> &rows, const QList<CatalogItem> &catalog,
                   const std::vector<WorkloadSnapshot> &workloads, const QString &filePath)
{
    ProjectContent content;
    content.rows = rows;
    content.catalog = catalog;
    content.workloads = workloads;
    content.quote = QuoteState::fresh(QDate::currentDate());
    load(content, filePath);
}

void Project::load(const ProjectContent &content, const QString &filePath)
{
    // The commands on the stack refer to the documents that are about to be replaced.
    m_undoStack.clear(); // clear() also marks the stack clean
    // Assignments name placements: the hall first, so whoever follows the workloads
    // finds the servers they run on. The old workloads go before the new hall comes, or
    // the headroom tracker would estimate them once more against servers about to lose them.
    m_workloads.reset({});
    m_hall.reset(content.rows, content.catalog);
    m_workloads.reset(content.workloads);
    QList<CatalogItem> parts = NetworkParts::partsIn(content.catalog);
    if (parts.isEmpty())
        parts = NetworkParts::shipped();
    m_quote.reset(content.quote, NetworkParts(parts));
    setFilePath(filePath);
}
