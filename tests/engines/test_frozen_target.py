"""Which CPU target the frozen app's kernels are loaded for (`engines.fast.frozen_target`):
the best shipped one whose features this CPU has, else generic, which every CPU runs."""
import platform

from annstudio.engines import fast

V2 = set(fast.X86_64_V2)
V3 = set(fast.X86_64_V3)


def test_a_cpu_with_avx2_and_fma_gets_the_v3_kernels():
    assert fast.frozen_target("x86_64", V3 | {"avx512f"}) == "x86-64-v3"
    assert fast.frozen_target("AMD64", V3) == "x86-64-v3"      # Windows' name for it


def test_a_cpu_without_one_v3_feature_gets_v2_and_without_sse4_2_generic():
    for missing in fast.X86_64_V3[len(fast.X86_64_V2):]:
        assert fast.frozen_target("x86_64", V3 - {missing}) == "x86-64-v2", missing
    assert fast.frozen_target("x86_64", V3 - {"sse4.2"}) == "generic"
    assert fast.frozen_target("x86_64", set()) == "generic"


def test_other_architectures_get_generic():
    assert fast.frozen_target("aarch64", V3) == "generic"
    assert fast.frozen_target("arm64", set()) == "generic"


def test_this_machine_reads_its_own_features():
    """LLVM's reading of this CPU gives one of the shipped targets (on x86_64 built since
    2009 at least v2), the same one each time."""
    target = fast.frozen_target()
    assert target in ("x86-64-v3", "x86-64-v2", "generic")
    assert fast.frozen_target() == target
    if platform.machine().lower() not in fast.FROZEN_TARGETS:
        assert target == "generic"
