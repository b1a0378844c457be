#pragma once

#include "model/capacity/precision.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Reading the loosely written cells of published-run tables (the reference CSVs and a
// user's own measured runs in the same shape): "~290", "mean 275.9 / p50 273.0",
// "137 TFLOP/s/GPU (TP=1, ...)", "BF16/mixed", "TP4".
namespace ReferenceFields {

// The number a cell states, after an approximate or bounding prefix ("~", "<=") and
// a statistic's name ("mean", "TPOT mean"); nothing when the cell starts with anything
// else ("OpenOrca (...)", "max (offline)", "not stated").
std::optional<double> leadingNumber(const QString &cell);

// The unit written after the leading number, lower case and without spaces:
// "137 TFLOP/s/GPU (TP=1)" -> "tflop/s/gpu"; "782 tokens/s/GPU; ..." -> "tokens/s/gpu".
QString unitAfterNumber(const QString &cell);

// The first precision a cell names ("FP16 mixed" -> fp16, "BF16, FSDP" -> bf16).
std::optional<Precision> precision(const QString &cell);

// The tensor-parallel degree a parallelism cell names ("TP4", "TP=8").
int tensorParallel(const QString &cell);

} // namespace ReferenceFields
