#pragma once

#include "model/capacity/precision.h"
#include "model/workload/modelarchitecture.h"

// The counting rules of transformer training and inference: FLOPs per token, bytes of
// weights and of KV cache. Pure functions; each names its source in transformermath.cpp.
namespace TransformerMath {

// Parameters that take part in a matrix multiply for one token: the active ones minus
// an untied input embedding, which is a table lookup.
double matmulParameters(const ModelArchitecture &model);

// Attention width summed over query heads for Q.K and for A.V.
double attentionWidth(const ModelArchitecture &model);

// Tokens one new token attends to, averaged over layers, at a context of `contextTokens`:
// sliding-window layers see at most their window.
double attendedTokens(const ModelArchitecture &model, double contextTokens);

// Training FLOPs per token at `sequenceLength`, forward and backward, without
// recomputation (PaLM's MFU convention).
double trainingFlopsPerToken(const ModelArchitecture &model, int sequenceLength);

// Forward FLOPs for one new token that attends to `attended` earlier tokens.
double forwardFlopsPerToken(const ModelArchitecture &model, double attended);

// Forward FLOPs to prefill one prompt of `promptTokens` (causal attention).
double prefillFlops(const ModelArchitecture &model, double promptTokens);

// Bytes of weights stored at `precision`.
double weightBytes(const ModelArchitecture &model, Precision precision);

// Bytes of KV cache one token adds, over all layers, with `bytesPerElement` per value
// (no sliding-window cap: see kvCacheBytesPerSequence).
double kvCacheBytesPerToken(const ModelArchitecture &model, double bytesPerElement);

// Bytes of KV cache one sequence of `contextTokens` holds, sliding windows capped.
double kvCacheBytesPerSequence(const ModelArchitecture &model, double bytesPerElement,
                               double contextTokens);

} // namespace TransformerMath
