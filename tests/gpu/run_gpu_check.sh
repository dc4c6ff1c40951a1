#!/bin/sh
# GPU check: one small table — samples/s on CPU and CUDA (engine, app's engine process,
# exported scripts plain and torchrun), float64 agreement of CUDA with the NumPy engine.
# Exit 0 when every check holds, 1 on any mismatch; without CUDA: one line, CPU figures, 0.
# Usage (repository root, a CUDA build of PyTorch installed):
#   sh tests/gpu/run_gpu_check.sh [--points N --width W --batch B --device cpu]
# (the pytest version of the throughput/agreement figures: pytest -s tests/gpu/test_cuda.py)
cd "$(dirname "$0")/../.." || exit 1
exec "${PYTHON:-python}" tests/gpu/gpu_check.py "$@"
