#!/bin/sh
# GPU check: CUDA throughput (samples/s) and float64 CPU-vs-CUDA agreement, figures printed.
# Usage (repository root, with a CUDA build of PyTorch installed): sh tests/gpu/run_gpu_check.sh
cd "$(dirname "$0")/../.." || exit 1
exec "${PYTHON:-python}" -m pytest tests/gpu/test_cuda.py -s -q -p no:cacheprovider -rs "$@"
