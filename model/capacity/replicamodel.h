#pragma once

#include "model/capacity/accelerator.h"
#include "model/capacity/assumptions.h"
#include "model/workload/modelarchitecture.h"

// The timing model of one inference replica: one copy of the weights spread over
// `tensorParallel` accelerators of one scale-up domain. Roofline per forward pass: the
// larger of weight-and-KV reads at the achieved bandwidth (MBU) and FLOPs at the achieved
// compute (prefill efficiency), plus tensor-parallel all-reduces and a fixed per-layer cost.
class ReplicaModel
{
public:
    ReplicaModel(const ModelArchitecture &model, const Accelerator &accelerator,
                 Precision weightPrecision, Precision computePrecision, double kvBytesPerElement,
                 int tensorParallel, const AssumptionValues &assumptions);

    int tensorParallel() const { return m_tp; }
    double weightBytesPerGpu() const;
    // Memory left for KV cache on each accelerator after weights and the reserve.
    double freeBytesPerGpu() const;
    // KV-cache bytes one sequence at `contextTokens` puts on each accelerator.
    double kvBytesPerGpuPerSequence(double contextTokens) const;
    // Sequences whose KV cache fits at `contextTokens` each (0 when the weights do not fit).
    int maxSequences(double contextTokens) const;

    // Time of one forward pass that decodes `batch` tokens at `contextTokens` of context
    // and, fused into it, prefills `prefillTokens` prompt tokens of `promptTokens` each.
    double forwardSeconds(double batch, double contextTokens, double prefillTokens,
                          double promptTokens) const;
    // Prefilling `sequences` prompts of `promptTokens` in one pass (first token latency).
    double prefillSeconds(double sequences, double promptTokens) const;
    // One decode step of `batch` sequences at `contextTokens`.
    double decodeStepSeconds(double batch, double contextTokens) const;

private:
    double weightReadBytes(double tokensInPass) const;
    double allReduceSeconds(double tokensInPass) const;

    ModelArchitecture m_model;
    Accelerator m_accelerator;
    Precision m_weightPrecision;
    double m_peak = 0.0;
    double m_kvBytesPerElement = 2.0;
    int m_tp = 1;
    AssumptionValues m_a;
};
