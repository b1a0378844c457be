#pragma once

#include "model/project/projectfile.h"

#include <QCoreApplication>

// The project a newcomer sees on first run, and `headroom sample` writes: a small,
// realistic hall built from real rows of the catalog Headroom ships (CatalogSeed, with
// their sources). Row A holds two training racks of 8-GPU HGX
// servers, one on rear-door heat exchangers and one on direct liquid cooling; row B an
// inference rack of L40S servers and a storage and network rack. Every limit holds. A
// fine-tuning job runs on both training racks and a chat service on the inference rack.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    static QList<CatalogItem> catalogRows();
    static ProjectContent content();
};
