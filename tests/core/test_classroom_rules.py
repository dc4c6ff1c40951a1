"""core.classroom: locks compared field by field, limits, ranks, and the Predict mode's
score turned into the answers a hand-in carries."""
from annstudio.core import classroom as rules
from annstudio.core import predict
from annstudio.core.experiment import Experiment


def test_locks_compare_their_fields_only():
    a, b = Experiment(), Experiment()
    b.optimizer.params = {"lr": 0.015, "momentum": 0.9}     # lr kept, another setting added
    b.network.hidden = [20, 40, 20]                          # equal to the default
    assert rules.changed_locks(a.to_dict(), b.to_dict(), ["lr", "layers"]) == []
    assert rules.changed_locks(a.to_dict(), b.to_dict(), ["hyperparameters"]) == \
        ["hyperparameters"]
    b.optimizer.params = {"lr": 1}                           # 1 ≠ 0.015; 1 and 1.0 equal
    assert rules.changed_locks(a.to_dict(), b.to_dict(), ["lr"]) == ["lr"]
    assert rules.lock_names("network, lr") == ["layers", "activations", "output", "init", "lr"]


def test_limits_name_every_limit_broken():
    lim = rules.Limits(max_parameters=10, max_epochs=5, optimizers=["sgd"],
                       activations=["relu"]).validate()
    out = lim.broken(11, 6, "adam", ["relu", "tanh", "tanh"])
    assert out == ["the network has 11 parameters; at most 10 are allowed",
                   "it trained 6 epochs; at most 5 are allowed",
                   "the optimizer adam is not allowed (allowed: sgd)",
                   "the activation tanh is not allowed (allowed: relu)"]
    assert lim.broken(10, 5, "sgd", ["relu"]) == []


def test_the_predict_mode_score_becomes_answers():
    q1 = predict.Question("u_2", (0,), "number", "u_{2,0}", "u_{2,0} = z·W + b", 0.62)
    q2 = predict.Question("∇φ_1", (0, 0), "sign", "(∇φ_1)[0,0]", "φ'(u)", 1.0)
    q3 = predict.Question("L", (), "number", "L", "L = −log σ(y u)", 0.3)
    score = predict.Score()
    score.record(q1, predict.grade_number("0.62", q1.truth))
    score.record(q2, predict.grade_sign("negative", q2.truth))
    got = rules.answers_from_score([q1, q2, q3], score, {q1.key: "0.62", q2.key: "negative"})
    assert got == [rules.Answer("u_{2,0}: u_{2,0} = z·W + b", "0.62", True),
                   rules.Answer("(∇φ_1)[0,0]: φ'(u)", "negative", False)]
    t = rules.tally([got, got[:1]])
    assert [(x.right, x.wrong, x.answers) for x in t] == [(2, 0, {"0.62": 2}),
                                                         (0, 1, {"negative": 1})]
