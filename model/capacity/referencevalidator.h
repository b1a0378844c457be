#pragma once

#include "model/capacity/accelerator.h"
#include "model/capacity/assumptions.h"
#include "model/capacity/validationreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Checks the estimators against published runs: a CSV shaped like the reference
// training_runs.csv (a tokens_B column) or inference_runs.csv (an input_tokens column), the
// public files or a user's own measured runs. Each row is rebuilt as a request (model
// preset or parameter count, catalog accelerator by gpu_type, precision, token counts,
// batch), estimated, and its published figures set against the predictions. Rows that
// cannot be rebuilt are reported with the field that stopped them, never dropped.
class ReferenceValidator
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceValidator)

public:
    static ValidationReport validate(const QByteArray &csv, const QList<Accelerator> &accelerators,
                                     const Assumptions &assumptions = {});
};
